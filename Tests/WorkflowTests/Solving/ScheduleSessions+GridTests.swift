import Foundation
import Planning
import Scheduler
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: the timeslot grid, from registration to the saved timetable")
struct ScheduleSessionsGridTests {
    /// The fixture's fair with a grid of three timeslots on 10/12/2026 and a pause of 15 minutes.
    static func grid() throws -> WorkflowFixture {
        let fixture = try WorkflowFixture.make()
        for (time, kinds, tags) in [
            ("10/12/2026 08:00-09:30", [AgendaKind](), ["sang"]),
            ("10/12/2026 09:45-11:15", [], ["sang"]),
            ("10/12/2026 13:30-15:00", [.discussion], ["chieu"]),
        ] {
            var input = RegisterTimeslot.Input(time: time)
            input.kinds = kinds
            input.tags = tags
            input.pause = 15
            _ = try RegisterTimeslot(store: fixture.store()).run(input, context: WorkflowFixture.context)
        }
        return fixture
    }

    @Test("timeslots are kept in the plan file in order, with the pause, and undone by undo")
    func timeslots() throws {
        let fixture = try Self.grid()
        defer { fixture.remove() }
        var input = RegisterTimeslot.Input(time: "11/12/2026 08:00-09:00")
        input.tags = ["som", "sớm", "som"]
        let outcome = try RegisterTimeslot(store: fixture.store()).run(
            input, context: WorkflowFixture.context)
        #expect(outcome.grid.count == 4 && outcome.pauseMinutes == 15)
        #expect(outcome.timeslot.tags == ["som", "sớm"])
        let event = try fixture.store().event()
        #expect(event.timeslots.map(\.spanText).first == "08:00–09:30 10/12/2026")
        #expect(event.timeslots[2].kinds == [.discussion] && event.pauseMinutes == 15)
        _ = try UndoChanges(store: fixture.store()).run()
        #expect(try fixture.store().event().timeslots.count == 3)
        let removed = try RemoveTimeslot(store: fixture.store()).run(
            time: "10/12/2026 13:30-15:00", context: WorkflowFixture.context)
        #expect(removed.grid.map(\.tags) == [["sang"], ["sang"]])
    }

    @Test("a timeslot outside the opening hours, twice, or unknown is refused, naming --time")
    func refused() throws {
        let fixture = try Self.grid()
        defer { fixture.remove() }
        let store = try fixture.store()
        func register(_ time: String) throws {
            _ = try RegisterTimeslot(store: store).run(.init(time: time), context: WorkflowFixture.context)
        }
        #expect(
            throws: WorkflowError.invalidValue(
                .timeslot, value: "10/12/2026 06:00-07:00", expected: .withinOpeningHours)
        ) {
            try register("10/12/2026 06:00-07:00")
        }
        #expect(
            throws: WorkflowError.invalidValue(
                .timeslot, value: "10/12/2026 08:00-09:30", expected: .newTimeslot)
        ) {
            try register("10/12/2026 08:00-09:30")
        }
        #expect(
            throws: WorkflowError.invalidValue(
                .timeslot, value: "10/12/2026 09:00-08:00", expected: .endAfterStart)
        ) {
            try register("10/12/2026 09:00-08:00")
        }
        #expect(
            throws: WorkflowError.invalidValue(
                .timeslot, value: "10/12/2026 08:00-09:00", expected: .existingTimeslot)
        ) {
            _ = try RemoveTimeslot(store: store).run(
                time: "10/12/2026 08:00-09:00", context: WorkflowFixture.context)
        }
        var pause = RegisterTimeslot.Input(time: "11/12/2026 08:00-09:00")
        pause.pause = -5
        #expect(
            throws: WorkflowError.invalidValue(
                .pause, value: "-5", expected: .integer(minimum: 0, maximum: 1_440))
        ) {
            _ = try RegisterTimeslot(store: store).run(pause, context: WorkflowFixture.context)
        }
        var level = RegisterSession.Input(title: "Phiên", kind: .report, minutes: 30)
        level.profile.level = 9
        #expect(
            throws: WorkflowError.invalidValue(.level, value: "9", expected: .integer(minimum: 1, maximum: 5))
        ) {
            _ = try RegisterSession(store: store).run(level, context: WorkflowFixture.context)
        }
        var away = RegisterPerson.Input(name: "Trần Văn Bảo")
        away.schedule.unavailable = ["10/12/2026 08:00"]
        #expect(
            throws: WorkflowError.invalidValue(.unavailable, value: "10/12/2026 08:00", expected: .timeRange)
        ) {
            _ = try RegisterPerson(store: store).run(away, context: WorkflowFixture.context)
        }
        #expect(try store.event().timeslots.count == 3)
    }

    @Test("profiles and schedules are registered, edited, cleared, and the grid timetable is saved")
    func scheduleOnTheGrid() throws {
        let fixture = try Self.grid()
        defer { fixture.remove() }
        var bao = RegisterPerson.Input(name: "Trần Văn Bảo")
        bao.schedule.unavailable = ["10/12/2026 08:00-09:30"]
        bao.schedule.preferredTimeslotTags = ["chieu"]
        _ = try RegisterPerson(store: fixture.store()).run(bao, context: WorkflowFixture.context)
        var talk = RegisterSession.Input(title: "Báo cáo chuyển đổi số", kind: .report, minutes: 60)
        talk.speakers = ["Trần Văn Bảo"]
        talk.profile.themes = ["chuyển đổi số"]
        talk.profile.level = 2
        talk.profile.requiredRoomTags = ["san-khau"]
        talk.profile.crowdRisk = true
        _ = try RegisterSession(store: fixture.store()).run(talk, context: WorkflowFixture.context)
        var opening = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        opening.first = true
        _ = try RegisterSession(store: fixture.store()).run(opening, context: WorkflowFixture.context)
        var discussion = RegisterSession.Input(title: "Thảo luận tổ", kind: .discussion, minutes: 90)
        discussion.after = ["Khai mạc", "Báo cáo chuyển đổi số"]
        discussion.profile.preferredRoomTags = ["ban-tron"]
        _ = try RegisterSession(store: fixture.store()).run(discussion, context: WorkflowFixture.context)

        let stored = try fixture.store().sessions()
        let report = try #require(stored.first { $0.title == "Báo cáo chuyển đổi số" })
        #expect(
            report.profile.themes == ["chuyển đổi số"] && report.profile.level == 2
                && report.profile.crowdRisk)
        #expect(report.profile.roomTags.required == ["san-khau"])
        #expect(stored.first { $0.title == "Thảo luận tổ" }?.order.count == 2)
        let person = try #require(try fixture.store().loadPlan().people.first)
        #expect(person.schedule.unavailable.count == 1 && person.schedule.timeslotTags.preferred == ["chieu"])

        var edit = EditSession.Input(subject: "Báo cáo chuyển đổi số")
        edit.profile.sectors = ["nông nghiệp"]
        edit.clear = ["room-tag"]
        let amendment = try EditSession(store: fixture.store()).run(edit, context: WorkflowFixture.context)
        #expect(amendment.changed == [.sector, .roomTag])
        var editPerson = EditPerson.Input(subject: "Trần Văn Bảo")
        editPerson.clear = ["timeslot-tag"]
        _ = try EditPerson(store: fixture.store()).run(editPerson, context: WorkflowFixture.context)
        #expect(try fixture.store().loadPlan().people.first?.schedule.timeslotTags.isEmpty == true)

        var input = ScheduleSessions.Input()
        input.search = SearchSettings(seed: 1, iterations: 5_000, timeLimit: 5)
        let outcome = try ScheduleSessions(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        #expect(outcome.saved && outcome.result.proof.method == .gridExact && outcome.result.grid?.hard == 0)
        #expect(outcome.result.unplaced.isEmpty && outcome.result.proof.feasibility == .feasible)
        let sessions = Dictionary(uniqueKeysWithValues: try fixture.store().sessions().map { ($0.title, $0) })
        let day = CalendarDate(year: 2026, month: 12, day: 10)!
        func at(_ hour: Int, _ minute: Int) -> LocalDateTime {
            LocalDateTime(date: day, time: TimeOfDay(hour: hour, minute: minute)!)
        }
        // Bảo is away at 08:00, the opening comes first, the discussion takes the afternoon.
        #expect(sessions["Khai mạc"]?.start == at(8, 0))
        #expect(sessions["Báo cáo chuyển đổi số"]?.start == at(9, 45))
        #expect(sessions["Thảo luận tổ"]?.start == at(13, 30))
        #expect(sessions["Thảo luận tổ"]?.room == "phong-hop-1")
    }

    @Test("place session refuses a start off the grid (as check sessions finds it), --force writes it")
    func placeOffGrid() throws {
        let fixture = try Self.grid()
        defer { fixture.remove() }
        _ = try RegisterSession(store: fixture.store()).run(
            RegisterSession.Input(title: "Báo cáo tổng kết", kind: .report, minutes: 60),
            context: WorkflowFixture.context)
        var input = PlaceSession.Input(
            session: "Báo cáo tổng kết", room: "Hội trường", start: "10/12/2026 08:10")
        #expect {
            try PlaceSession(store: fixture.store()).run(input, context: WorkflowFixture.context)
        } throws: { error in
            guard case .manual(.timetableRulesBroken(_, let issues)) = error as? WorkflowError else {
                return false
            }
            return issues.map(\.rule) == [.gridConstraint]
        }
        #expect(try fixture.store().sessions().first?.start == nil)
        input.start = "10/12/2026 08:00"
        let placed = try PlaceSession(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(placed.issues.isEmpty && placed.after.pinned)
        input.start = "10/12/2026 08:10"
        input.force = true
        let forced = try PlaceSession(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(forced.forced && forced.issues.map(\.rule) == [.gridConstraint])
        // Publishing checks the grid too: the forced start is not published.
        let outcome = try PublishPlan(store: fixture.store()).programme(
            note: nil, context: WorkflowFixture.context)
        #expect(outcome.failed && outcome.publishedVersion == nil)
    }
}
