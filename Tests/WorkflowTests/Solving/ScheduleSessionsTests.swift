import Foundation
import Interchange
import Planning
import Scheduler
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: timetabling and checking")
struct ScheduleSessionsTests {
    @Test("the sample briefing is timetabled with the reason for the opening left out")
    func briefing() throws {
        var input = ScheduleSessions.Input()
        input.search = SearchSettings(seed: 2026, iterations: 1_500, timeLimit: 5)
        let outcome = try ScheduleSessions(source: PlanSource(sample: .briefing, folder: ".")).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        #expect(outcome.result.timetable.count == 8)
        #expect(outcome.result.unplaced.count == 1)
        #expect(!outcome.saved)
    }

    @Test("the time limit stops the exact method too, and the summary says the result may not repeat")
    func timeLimitStopsExactMethod() throws {
        var input = ScheduleSessions.Input()
        input.search = SearchSettings(seed: 1, iterations: 200_000, timeLimit: 1)
        // Every reading of the clock moves it 100 ms on: the one-second limit passes at the tenth.
        let outcome = try ScheduleSessions(source: PlanSource(sample: .briefing, folder: ".")).run(
            input, context: WorkflowFixture.context, clock: ManualClock(step: .milliseconds(100)))
        #expect(outcome.result.proof.stoppedByTime && outcome.result.stoppedByTime)
        #expect(outcome.result.proof.nodes < 2_560)
        #expect(outcome.result.timetable.count + outcome.result.unplaced.count == 9)
        #expect(
            SolvingRendering.summary(outcome.result, language: .vietnamese)
                .contains("Phương pháp chính xác dừng vì hết thời gian"))
        #expect(
            SolvingRendering.summary(outcome.result, language: .english)
                .contains("The exact method stopped when its time ran out"))
    }

    @Test("a plan file's timetable is saved and published at the time passed in")
    func publish() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        var opening = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        opening.first = true
        _ = try RegisterSession(store: fixture.store()).run(opening, context: WorkflowFixture.context)
        _ = try RegisterSession(store: fixture.store()).run(
            RegisterSession.Input(title: "Báo cáo", kind: .report, minutes: 60),
            context: WorkflowFixture.context)
        var input = ScheduleSessions.Input()
        input.publish = true
        input.search = SearchSettings(seed: 1, iterations: 500, timeLimit: 5)
        let outcome = try ScheduleSessions(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        #expect(outcome.publishedVersion == 1)
        #expect(try fixture.store().sessions().allSatisfy { $0.start != nil })
        #expect(
            try fixture.store().publishedVersions(kind: .programme).first?.publishedAt == WorkflowFixture.now)
    }

    @Test("timetabling again keeps to the published programme, never to a draft left by an earlier run")
    func draftIsNoAnchor() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        var opening = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        opening.first = true
        _ = try RegisterSession(store: fixture.store()).run(opening, context: WorkflowFixture.context)
        for title in ["Báo cáo", "Tham luận"] {
            _ = try RegisterSession(store: fixture.store()).run(
                RegisterSession.Input(title: title, kind: .report, minutes: 60),
                context: WorkflowFixture.context)
        }
        var input = ScheduleSessions.Input()
        input.search = SearchSettings(seed: 1, iterations: 500, timeLimit: 5)
        func schedule() throws -> [String: LocalDateTime] {
            let outcome = try ScheduleSessions(source: fixture.source).run(
                input, context: WorkflowFixture.context, clock: ManualClock())
            #expect(outcome.result.unplaced.isEmpty)
            return Dictionary(uniqueKeysWithValues: outcome.result.timetable.map { ($0.title, $0.start) })
        }
        let fresh = try schedule()
        // A draft with the reports two hours later, as an earlier run under other rules left it.
        func delayReports() throws {
            let sessions = try fixture.store().sessions().map { session in
                var session = session
                if session.kind == .report, let start = session.start {
                    session.start = start.adding(minutes: 120)
                }
                return session
            }
            _ = try fixture.store().saveTimetable(sessions)
        }
        try delayReports()
        #expect(try schedule() == fresh)
        // Once published, the programme sent out is the anchor: moving a session from it costs.
        input.publish = true
        let published = try schedule()
        input.publish = false
        try delayReports()
        #expect(try schedule() == published)
    }

    @Test("a hand-made booth plan giving one booth twice fails the check")
    func checkHandMadeBoothPlan() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        let csv = fixture.folder.appendingPathComponent("so-do-tay.csv")
        try Data("Đơn vị tham gia,Gian hàng\nHTX Suối Giàng,\"A-01, A-02\"\nHTX Mận Bắc Hà,A-02\n".utf8)
            .write(to: csv)
        let check = try CheckBoothPlan(source: fixture.source).run(file: csv.path)
        #expect(check.failed)
        #expect(!check.check.hardViolations.isEmpty)
    }
}
