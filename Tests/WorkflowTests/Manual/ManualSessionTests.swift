import Foundation
import Planning
import Scheduler
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: sessions by hand (place, pin, unpin) and timetabling that keeps pins")
struct ManualSessionTests {
    typealias M = ManualFixture

    /// 14:00 on the fair's first day.
    static let afternoon = LocalDateTime(
        date: CalendarDate(year: 2026, month: 12, day: 10)!, time: TimeOfDay(hour: 14, minute: 0)!)

    /// The fair's plan with an opening, a directive speech (a plenary, best before noon) and a report.
    static func plan() throws -> WorkflowFixture {
        let fixture = try WorkflowFixture.make()
        var opening = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        opening.first = true
        for input in [
            opening, RegisterSession.Input(title: "Phát biểu chỉ đạo", kind: .directiveSpeech, minutes: 30),
            RegisterSession.Input(title: "Báo cáo tổng kết", kind: .report, minutes: 60),
        ] {
            _ = try RegisterSession(store: fixture.store()).run(input, context: WorkflowFixture.context)
        }
        return fixture
    }

    static func place(
        _ session: String, _ room: String, _ start: String, in fixture: WorkflowFixture, force: Bool = false
    ) throws -> SessionEdit {
        var input = PlaceSession.Input(session: session, room: room, start: start)
        input.force = force
        return try PlaceSession(store: fixture.store()).run(input, context: WorkflowFixture.context)
    }

    static func schedule(_ fixture: WorkflowFixture) throws -> ScheduleSessions.Outcome {
        var input = ScheduleSessions.Input()
        input.search = SearchSettings(seed: 1, iterations: 800, timeLimit: 5)
        return try ScheduleSessions(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
    }

    static func stored(_ title: String, in fixture: WorkflowFixture) throws -> Session {
        try #require(try fixture.store().sessions().first { $0.title == title })
    }

    @Test("place session puts it in the room at the start and pins it, journaled")
    func place() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        let edit = try Self.place("Phát biểu chỉ đạo", "Hội trường", "10/12/2026 14:00", in: fixture)
        #expect(edit.after.room == "hoi-truong" && edit.after.start == Self.afternoon && edit.after.pinned)
        #expect(edit.roomName == "Hội trường")
        #expect(edit.issues.isEmpty && !edit.forced && edit.changed)
        let stored = try Self.stored("Phát biểu chỉ đạo", in: fixture)
        #expect(stored.pinned && stored.room == "hoi-truong" && stored.start == Self.afternoon)
        #expect(try fixture.store().journal(limit: 1).first?.note.command == "place session")
    }

    @Test(
        "timetabling keeps a pinned plenary in the afternoon and says so; unpinned, it moves to the morning")
    func schedulingKeepsPins() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        _ = try Self.place("Phát biểu chỉ đạo", "Hội trường", "10/12/2026 14:00", in: fixture)
        let outcome = try Self.schedule(fixture)
        let kept = try #require(outcome.result.keptPins.first)
        #expect(outcome.result.keptPins.count == 1)
        #expect(
            kept.title == "Phát biểu chỉ đạo" && kept.room == "hoi-truong" && kept.start == Self.afternoon)
        #expect(outcome.result.pinsNotKept.isEmpty && outcome.result.unplaced.isEmpty)
        let stored = try Self.stored("Phát biểu chỉ đạo", in: fixture)
        #expect(stored.pinned && stored.start == Self.afternoon && stored.room == "hoi-truong")
        _ = try PinSession(store: fixture.store()).run(
            PinSession.Input(session: "Phát biểu chỉ đạo", pinned: false), context: WorkflowFixture.context)
        let unpinned = try Self.schedule(fixture)
        #expect(unpinned.result.keptPins.isEmpty)
        let moved = try #require(unpinned.result.timetable.first { $0.title == "Phát biểu chỉ đạo" })
        #expect(moved.start.time.hour < 12)
    }

    @Test(
        "a placement breaking a rule is refused; forced, it stays pinned and timetabling reports, never moves it"
    )
    func infeasiblePin() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        #expect {
            try Self.place("Báo cáo tổng kết", "phong-hop-1", "10/12/2026 16:30", in: fixture)
        } throws: { error in
            guard case .timetableRulesBroken(_, let issues) = M.manualError(error) else { return false }
            return issues.map(\.rule) == [.outsideHours]
        }
        #expect(try Self.stored("Báo cáo tổng kết", in: fixture).start == nil)
        let forced = try Self.place(
            "Báo cáo tổng kết", "phong-hop-1", "10/12/2026 16:30", in: fixture, force: true)
        #expect(forced.forced && forced.issues.map(\.rule) == [.outsideHours])
        let outcome = try Self.schedule(fixture)
        let notKept = try #require(outcome.result.pinsNotKept.first)
        #expect(notKept.title == "Báo cáo tổng kết")
        #expect(notKept.reasons.map(\.rule).contains(.outsideHours))
        let stored = try Self.stored("Báo cáo tổng kết", in: fixture)
        #expect(stored.pinned && stored.room == "phong-hop-1")
        #expect(stored.start?.time == TimeOfDay(hour: 16, minute: 30))
    }

    @Test("pin session needs a placed session; pin and unpin of a placed one")
    func pinAndUnpin() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        let pin = PinSession(store: try fixture.store())
        #expect(throws: WorkflowError.manual(.sessionNotPlaced(session: "Khai mạc"))) {
            try pin.run(PinSession.Input(session: "Khai mạc", pinned: true), context: WorkflowFixture.context)
        }
        _ = try Self.schedule(fixture)
        let pinned = try pin.run(
            PinSession.Input(session: "Khai mạc", pinned: true), context: WorkflowFixture.context)
        #expect(pinned.changed && pinned.after.pinned && pinned.issues.isEmpty)
        let again = try pin.run(
            PinSession.Input(session: "Khai mạc", pinned: true), context: WorkflowFixture.context)
        #expect(!again.changed)
        let unpinned = try pin.run(
            PinSession.Input(session: "Khai mạc", pinned: false), context: WorkflowFixture.context)
        #expect(unpinned.changed && !unpinned.after.pinned)
        #expect(try !Self.stored("Khai mạc", in: fixture).pinned)
        #expect(try fixture.store().journal(limit: 1).first?.note.command == "unpin session")
    }
}
