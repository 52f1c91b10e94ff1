import Foundation
import Interchange
import Planning
import Scheduler
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: publishing a hand-made plan (check --publish)")
struct ManualPublishTests {
    typealias M = ManualFixture

    static let clean = """
        Đơn vị tham gia,Gian hàng
        HTX Suối Giàng,"A-01, A-02"
        HTX Mận Bắc Hà,A-05
        HTX Séng Cù,B-01

        """

    @Test("a clean hand-made booth plan is saved and published as the next version, statuses in line")
    func publishBooths() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        let file = try M.csv("so-do-tay.csv", Self.clean, in: fixture)
        let check = CheckBoothPlan(source: fixture.source)
        let first = try check.publish(file: file, note: "Lần 1", context: WorkflowFixture.context)
        #expect(!first.failed && first.publishedVersion == 1)
        #expect(try M.booths(of: "HTX Suối Giàng", in: fixture) == ["A-01", "A-02"])
        #expect(try M.status(of: "HTX Mận Bắc Hà", in: fixture) == .placed)
        #expect(try M.status(of: M.sponsor, in: fixture) == .waitlisted)
        let version = try #require(try fixture.store().publishedVersions(kind: .boothPlan).first)
        #expect(version.note == "Lần 1" && version.publishedAt == WorkflowFixture.now)
        #expect(try fixture.store().journal(limit: 1).first?.note.command == "check booths --publish")
        let second = try M.csv(
            "so-do-tay-2.csv", Self.clean.replacingOccurrences(of: "B-01", with: "B-03"), in: fixture)
        #expect(
            try check.publish(file: second, note: nil, context: WorkflowFixture.context).publishedVersion == 2
        )
        #expect(try fixture.store().publishedBoothPlan(2).boothsByParty.values.contains(["B-03"]))
    }

    @Test("a hand-made booth plan with a hard violation is not published and nothing is written")
    func refuseBooths() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        let file = try M.csv("so-do-tay.csv", Self.clean + "HTX Tài Trợ,A-05\n", in: fixture)
        let before = try fixture.store().journal().count
        let outcome = try CheckBoothPlan(source: fixture.source).publish(
            file: file, note: nil, context: WorkflowFixture.context)
        #expect(outcome.failed && outcome.publishedVersion == nil)
        #expect(outcome.check.hardViolations.map(\.kind).contains(.boothGivenTwice))
        #expect(try fixture.store().boothAssignments().isEmpty)
        #expect(try fixture.store().publishedVersions(kind: .boothPlan).isEmpty)
        #expect(try M.status(of: "HTX Suối Giàng", in: fixture) == .confirmed)
        #expect(try fixture.store().journal().count == before)
    }

    @Test(
        "publish booths: the working plan, checked clean, is the next version; a forced violation is refused")
    func publishWorkingPlan() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        try M.assign("HTX Suối Giàng", ["A-01", "A-02"], in: fixture)
        try M.assign("HTX Mận Bắc Hà", ["A-05"], in: fixture)
        let published = try PublishPlan(store: fixture.store()).booths(
            note: "Lần 1", context: WorkflowFixture.context)
        #expect(!published.failed && published.publishedVersion == 1)
        #expect(try fixture.store().publishedBoothPlan(1).boothsByParty.values.contains(["A-01", "A-02"]))
        #expect(try M.status(of: "HTX Séng Cù", in: fixture) == .waitlisted)
        #expect(try fixture.store().journal(limit: 1).first?.note.command == "publish booths")

        // A block not joined by shared walls, written with --force, cannot be published.
        try M.assign("HTX Séng Cù", ["A-03", "B-05"], in: fixture, force: true)
        let before = try fixture.store().journal().count
        let refused = try PublishPlan(store: fixture.store()).booths(
            note: nil, context: WorkflowFixture.context)
        #expect(refused.failed && refused.publishedVersion == nil)
        #expect(!refused.check.hardViolations.isEmpty)
        #expect(try fixture.store().publishedVersions(kind: .boothPlan).count == 1)
        #expect(try fixture.store().journal().count == before)
    }

    @Test("publishing needs a plan file")
    func publishNeedsPlanFile() throws {
        #expect(throws: WorkflowError.conflict(.publishNeedsPlanFile)) {
            try CheckBoothPlan(source: PlanSource(sample: .fair, folder: ".")).publish(
                file: "so-do.csv", note: nil, context: WorkflowFixture.context)
        }
    }

    @Test("a clean hand-made programme is published; one moving a pinned session is refused")
    func publishProgramme() throws {
        let fixture = try ManualSessionTests.plan()
        defer { fixture.remove() }
        let programme = """
            Nội dung,Ngày,Bắt đầu,Phòng
            Khai mạc,10/12/2026,08:00,Hội trường
            Phát biểu chỉ đạo,10/12/2026,08:30,Hội trường
            Báo cáo tổng kết,10/12/2026,09:00,Hội trường

            """
        let file = try M.csv("chuong-trinh.csv", programme, in: fixture)
        let check = CheckProgramme(source: fixture.source)
        let published = try check.publish(file: file, note: nil, context: WorkflowFixture.context)
        #expect(published.issues.isEmpty && published.publishedVersion == 1)
        #expect(try ManualSessionTests.stored("Báo cáo tổng kết", in: fixture).room == "hoi-truong")
        _ = try ManualSessionTests.place("Báo cáo tổng kết", "Phòng họp 1", "10/12/2026 10:00", in: fixture)
        let refused = try check.publish(file: file, note: nil, context: WorkflowFixture.context)
        #expect(refused.failed && refused.publishedVersion == nil)
        #expect(refused.movedPins == ["Báo cáo tổng kết"])
        #expect(try fixture.store().publishedVersions(kind: .programme).count == 1)
        #expect(try ManualSessionTests.stored("Báo cáo tổng kết", in: fixture).room == "phong-hop-1")
    }

    @Test("publishing an unchanged booth plan again is refused, nothing written; a change publishes")
    func publishBoothsTwice() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        try M.assign("HTX Suối Giàng", ["A-01", "A-02"], in: fixture)
        try M.assign("HTX Mận Bắc Hà", ["A-05"], in: fixture)
        let use = try PublishPlan(store: fixture.store())
        #expect(try use.booths(note: "Lần 1", context: WorkflowFixture.context).publishedVersion == 1)
        let before = try fixture.store().journal().count
        #expect(throws: WorkflowError.manual(.nothingNewToPublish(.boothPlan, version: 1))) {
            try use.booths(note: "Lần 2", context: WorkflowFixture.context)
        }
        #expect(try fixture.store().publishedVersions(kind: .boothPlan).count == 1)
        #expect(try fixture.store().journal().count == before)
        // A pin alone changes nothing the exhibitors see.
        _ = try PinBooths(store: fixture.store()).run(
            PinBooths.Input(party: "HTX Suối Giàng", pinned: true), context: WorkflowFixture.context)
        #expect(throws: WorkflowError.manual(.nothingNewToPublish(.boothPlan, version: 1))) {
            try use.booths(note: nil, context: WorkflowFixture.context)
        }
        try M.assign("HTX Séng Cù", ["B-01"], in: fixture)
        #expect(try use.booths(note: "Lần 2", context: WorkflowFixture.context).publishedVersion == 2)
        let message = ManualError.nothingNewToPublish(.boothPlan, version: 2)
        #expect(message.text(.vietnamese).contains("không có gì mới để công bố"))
        #expect(message.text(.english).contains("nothing new to publish"))
    }

    @Test("publishing an unchanged programme again is refused, pins aside; a move publishes")
    func publishProgrammeTwice() throws {
        let fixture = try ManualSessionTests.plan()
        defer { fixture.remove() }
        _ = try ManualSessionTests.schedule(fixture)
        let use = try PublishPlan(store: fixture.store())
        #expect(try use.programme(note: nil, context: WorkflowFixture.context).publishedVersion == 1)
        #expect(throws: WorkflowError.manual(.nothingNewToPublish(.programme, version: 1))) {
            try use.programme(note: nil, context: WorkflowFixture.context)
        }
        _ = try ManualSessionTests.place("Báo cáo tổng kết", "Phòng họp 1", "10/12/2026 10:00", in: fixture)
        #expect(try use.programme(note: nil, context: WorkflowFixture.context).publishedVersion == 2)
        #expect(try fixture.store().publishedVersions(kind: .programme).count == 2)
    }
}
