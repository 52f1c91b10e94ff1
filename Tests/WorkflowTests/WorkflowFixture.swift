import Foundation
import Planning
import Store
import TestSupport
import Testing
import Workflow

/// A temporary folder with a plan file for a two-day fair in the provincial conference centre
/// (30 booths, 3 rooms), for the use-case tests; removed by ``remove()``.
struct WorkflowFixture {
    /// The folder.
    let folder: URL
    /// The plan file's path.
    let planPath: String

    /// 10:00 on 1 December 2026 in Vietnam, the time the tests pass in as «now».
    static let now = LocalDateTime(
        date: CalendarDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay(hour: 10, minute: 0)!)

    /// The change context the tests pass in: a fictitious staff account, at ``now``.
    static let context = ChangeContext(user: "can-bo-kiem-thu", now: now)

    /// The shipped venue copied into the fixtures.
    static var venuePath: String {
        Bundle.module.url(forResource: "Fixtures/trung-tam-hoi-nghi-tinh", withExtension: "xml")!.path
    }

    /// The national fair hall (regional pavilions), copied into the fixtures from `Venues/`.
    static var nationalHallPath: String {
        Bundle.module.url(forResource: "Fixtures/trung-tam-hoi-cho-quoc-gia", withExtension: "xml")!.path
    }

    /// A new folder with a plan file (`hoi-cho.fairplan`) holding the event and the venue
    /// (the provincial conference centre unless another venue file is given).
    static func make(venue: String? = nil) throws -> WorkflowFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-workflow-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("hoi-cho.fairplan").path
        var input = CreatePlan.Input(
            path: path, name: "Hội chợ sản phẩm HTX tỉnh Lào Cai 2026", kind: .fair,
            organiser: "Liên minh Hợp tác xã tỉnh Lào Cai", province: "Lào Cai", from: "10/12/2026",
            to: "11/12/2026")
        input.venue = venue ?? venuePath
        _ = try CreatePlan().run(input)
        return WorkflowFixture(folder: folder, planPath: path)
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The plan file, open.
    func store() throws -> PlanStore {
        try PlanStore.open(at: planPath)
    }

    /// The source naming the plan file.
    var source: PlanSource {
        PlanSource(plan: planPath, folder: folder.path)
    }

    /// Registers an organisation (code given, so names and codes can be tested).
    @discardableResult
    func organisation(
        _ name: String, short: String? = nil, code: String? = nil, province: String = "Lào Cai"
    ) throws -> Registration {
        var input = RegisterOrganisation.Input(name: name, province: province)
        input.shortName = short
        input.code = code
        input.members = 12
        return try RegisterOrganisation(store: store()).run(input, context: WorkflowFixture.context)
    }

    /// Registers a party of one organisation asking for `booths` booths, registered at `at`.
    @discardableResult
    func party(
        _ name: String, organisation: String, booths: Int = 1, cluster: String? = nil, priority: Int = 0,
        at time: LocalDateTime = WorkflowFixture.now
    ) throws -> Registration {
        var input = RegisterParty.Input(name: name, booths: booths)
        input.organisation = organisation
        input.cluster = cluster
        input.priority = priority
        return try RegisterParty(store: store()).run(
            input, context: ChangeContext(user: Self.context.user, now: time))
    }
}
