import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite(
    "EditOrganisation: an edit reads only what the organisation's name and rules touch, with the whole plan's outcome"
)
struct EditOrganisationReadingTests {
    /// One edit: the subject as written and the change asked.
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let input: @Sendable (Plan) -> EditOrganisation.Input

        var testDescription: String { label }
    }

    /// The first exhibiting organisation of the plan, and another organisation with a code (of a
    /// different province when there is one).
    static func exhibitors(_ plan: Plan) -> (Organisation, Organisation) {
        let ids = plan.parties.compactMap { party -> Identifier<Organisation>? in
            if case .organisation(let id) = party.kind { return id }
            return nil
        }
        let first = plan.organisations.first { $0.id == ids[0] }!
        let others = plan.organisations.filter { $0.registrationCode != nil && $0.id != first.id }
        let other = others.first { $0.province.code != first.province.code } ?? others[0]
        return (first, other)
    }

    static let cases: [Case] = [
        Case(label: "by identifier, address") { plan in
            var input = EditOrganisation.Input(subject: exhibitors(plan).0.id.rawValue)
            input.address = "Thôn Mới, xã Mới"
            return input
        },
        Case(label: "by code, the other's code (refused)") { plan in
            let (first, other) = exhibitors(plan)
            var input = EditOrganisation.Input(subject: first.registrationCode!.description)
            input.code = other.registrationCode!.description
            return input
        },
        Case(label: "by name without tones, the other's name and province") { plan in
            let (first, other) = exhibitors(plan)
            var input = EditOrganisation.Input(subject: NameKey.folded(first.name))
            input.name = other.name.uppercased()
            input.province = other.province.written
            return input
        },
        Case(label: "by name, the code cleared and too few members") { plan in
            var input = EditOrganisation.Input(subject: exhibitors(plan).0.name)
            input.clear = ["code"]
            input.members = 2
            input.force = true
            return input
        },
        Case(label: "by a part of the name (the whole plan answers)") { plan in
            var input = EditOrganisation.Input(subject: "Khác 4")
            input.address = "Xã Khác"
            return input
        },
        Case(label: "a name no organisation has") { _ in
            var input = EditOrganisation.Input(subject: "Hợp tác xã Không Có Thật")
            input.address = "Xã Khác"
            return input
        },
        Case(label: "a union naming an exhibitor, its name") { plan in
            let union = plan.organisations.first { !$0.memberOrganisations.isEmpty }!
            var input = EditOrganisation.Input(subject: union.id.rawValue)
            input.name = "Liên hiệp Hợp tác xã Đổi Tên"
            return input
        },
    ]

    /// The outcome of an edit on a fresh plan file of `seed`'s registry, as text: the amendment or
    /// the error, then the plan's organisations, products, people, attendances, parties and booth
    /// requests after it.
    static func outcome(seed: UInt64, _ edit: (PlanStore) throws -> Any) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hoi-cho.fairplan").path
        try PlanStore.create(at: path, plan: ReviewRegistrationsTests.plan(seed: seed)).close()
        let store = try PlanStore.open(at: path)
        let result: String
        do {
            result = "\(try edit(store))"
        } catch {
            result = "error: \(error)"
        }
        let plan = try store.loadPlan()
        return [result] + plan.organisations.map { "\($0)" } + plan.products.map { "\($0)" }
            + plan.people.map { "\($0)" } + plan.attendances.map { "\($0)" } + plan.parties.map { "\($0)" }
            + plan.boothRequests.map { request in
                // Sets are described in no set order: their elements sorted.
                "\(request.id) \(request.party) \(request.boothsWanted) \(request.sharingOrganisations) "
                    + "\(request.products) \(request.servicesNeeded.sorted()) \(request.preferredZones)"
            }
    }

    /// The outcome of an organisation's edit, reading the part it touches or the whole plan.
    static func outcome(_ input: EditOrganisation.Input, seed: UInt64, whole: Bool) throws -> [String] {
        try outcome(seed: seed) { store in
            var edit = EditOrganisation(store: store)
            edit.readsWholePlan = whole
            return try edit.run(input, context: WorkflowFixture.context)
        }
    }

    @Test(
        "each edit gives the amendment or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: Case) throws {
        for seed: UInt64 in [1, 2] {
            let input = example.input(ReviewRegistrationsTests.plan(seed: seed))
            let part = try Self.outcome(input, seed: seed, whole: false)
            let whole = try Self.outcome(input, seed: seed, whole: true)
            #expect(part[0] == whole[0])
            #expect(part == whole)
        }
    }
}
