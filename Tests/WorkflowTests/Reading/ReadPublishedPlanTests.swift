import Foundation
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: the published programme stays as it was sent")
struct ReadPublishedPlanTests {
    /// The fair's briefing (the manual tests' three sessions) with a satellite point chaired by a
    /// person, linked to the opening, placed and published as version 1.
    static func published() throws -> WorkflowFixture {
        let fixture = try ManualSessionTests.plan()
        try fixture.person("Cầm Thị Lan")
        var point = RegisterPoint.Input(
            name: "Điểm cầu Sơn La", province: "Sơn La", host: "UBND tỉnh Sơn La", capacity: 80)
        point.chair = "Cầm Thị Lan"
        point.technician = "Lò Văn Phong"
        point.phone = "0912345678"
        _ = try RegisterPoint(store: fixture.store()).run(point, context: WorkflowFixture.context)
        var edit = EditSession.Input(subject: "Khai mạc")
        edit.links = ["Điểm cầu Sơn La"]
        _ = try EditSession(store: fixture.store()).run(edit, context: WorkflowFixture.context)
        _ = try ManualSessionTests.schedule(fixture)
        let outcome = try PublishPlan(store: fixture.store()).programme(
            note: nil, context: WorkflowFixture.context)
        #expect(outcome.publishedVersion == 1)
        return fixture
    }

    @Test(
        "a point removed with --cascade after publishing stays in the published programme, and changes names it"
    )
    func removedPoint() throws {
        let fixture = try Self.published()
        defer { fixture.remove() }
        var remove = RemoveEntity.Input(kind: .connectionPoint, subject: "Điểm cầu Sơn La")
        remove.cascade = true
        _ = try RemoveEntity(store: fixture.store()).run(remove, context: WorkflowFixture.context)
        #expect(try fixture.plan().connectionPoints.isEmpty)

        let shown = try ReadPublishedPlan(store: fixture.store()).run().plan
        let point = try #require(shown.connectionPoints.first)
        #expect(point.name == "Điểm cầu Sơn La")
        #expect(shown.sessions.first { $0.title == "Khai mạc" }?.linkedPoints == [point.id])
        #expect(shown.people.contains { $0.id == point.chair })

        let changes = try fixture.store().programmeChanges()
        #expect(!changes.isEmpty && changes.moved.isEmpty)
        #expect(changes.relinked.map(\.entry.title) == ["Khai mạc"])
        #expect(changes.relinked.first?.unlinkedNames == ["Điểm cầu Sơn La"])
        let log = changes.rendered(in: .vietnamese)
        #expect(log.contains("Nội dung đổi điểm cầu kết nối (1):"))
        #expect(log.contains("Khai mạc") && log.contains("bỏ kết nối với «Điểm cầu Sơn La»"))
        #expect(changes.rendered(in: .english).contains("no longer linked to «Điểm cầu Sơn La»"))
    }

    @Test("a chair removed with --cascade after publishing stays in the published programme")
    func removedPerson() throws {
        let fixture = try Self.published()
        defer { fixture.remove() }
        var remove = RemoveEntity.Input(kind: .person, subject: "Cầm Thị Lan")
        remove.cascade = true
        _ = try RemoveEntity(store: fixture.store()).run(remove, context: WorkflowFixture.context)
        #expect(try fixture.plan().people.isEmpty)
        let shown = try ReadPublishedPlan(store: fixture.store()).run().plan
        #expect(shown.people.map(\.name.fullName) == ["Cầm Thị Lan"])
    }

    @Test("a programme published before points and people were kept still reads, with its sessions")
    func olderVersion() throws {
        let json = #"{"sessions":[],"roomNames":{"hoi-truong":"Hội trường"}}"#
        let snapshot = try JSONDecoder().decode(ProgrammeSnapshot.self, from: Data(json.utf8))
        #expect(snapshot.connectionPoints.isEmpty && snapshot.people.isEmpty)
        #expect(snapshot.roomName("hoi-truong") == "Hội trường")
    }
}
