import Planning
import TestSupport
import Testing

@testable import Scheduler

@Suite("TimetableProblem")
struct TimetableProblemTests {
    @Test("a plan gives its days, rooms, points, sessions and people's names with honorifics")
    func fromPlan() throws {
        let plan = SampleData.hybridBriefing()
        let problem = try TimetableProblem(plan: plan)
        #expect(problem.days == plan.event.days)
        #expect(problem.rooms.map(\.id) == ["hoi-truong", "phong-1", "phong-2"])
        #expect(problem.connectionPoints.count == 10)
        #expect(problem.sessions.count == 9)
        let leader = plan.people[0]
        #expect(
            problem.person(leader.id)
                == .known("\(leader.honorific!.name(.vietnamese)) \(leader.name.fullName)"))
    }

    @Test("availability for a person not in the plan is an unknown reference")
    func unknownPerson() {
        #expect(throws: SchedulerError.unknownReference(.person, identifier: "ai-do")) {
            _ = try TimetableProblem(
                plan: SampleData.hybridBriefing(), personAvailability: [PersonAvailability(person: "ai-do")])
        }
    }

    @Test("a plan without a venue cannot be timetabled")
    func noVenue() {
        var plan = SampleData.hybridBriefing()
        plan.venue = nil
        #expect(throws: SchedulerError.invalidInstance([.noRooms])) {
            _ = try TimetableProblem(plan: plan)
        }
    }

    @Test(
        "every session of the plan is timetabled, breaks included; rooms and starts in the plan are not input"
    )
    func timetabledSessions() throws {
        var plan = SampleData.hybridBriefing()
        let hall = try #require(plan.venue?.rooms.first?.id)
        let day = try #require(plan.event.firstDay)
        plan.sessions.append(
            Session(
                id: "nghi-giua-gio", title: "Nghỉ giữa giờ", kind: .break, durationMinutes: 15, room: hall,
                start: LocalDateTime(date: day, time: TimeOfDay(hour: 10)!)))
        let sessions = TimetableProblem.timetabledSessions(of: plan)
        #expect(sessions.map(\.id) == plan.sessions.map(\.id))
        // Rooms are cleared; a start stays only as one more start to try (QA 42 #1).
        #expect(sessions.allSatisfy { $0.room == nil })
        #expect(sessions.map(\.start) == plan.sessions.map(\.start))
        #expect(plan.sessions.filter { $0.start != nil }.count == plan.sessions.count)
        let problem = try TimetableProblem(plan: plan)
        #expect(problem.sessions == sessions)

        // Where the plan places its sessions (here on the quarter hours, which are tried anyway)
        // changes nothing unless passed as the published programme.
        var cleared = plan
        cleared.sessions = sessions
        let limits = SearchLimits(maximumIterations: 300)
        let placedByHand = try Timetabler(seed: 4, limits: limits).solve(plan: plan, clock: ManualClock())
        let unplacedInPlan = try Timetabler(seed: 4, limits: limits).solve(
            plan: cleared, clock: ManualClock())
        #expect(placedByHand == unplacedInPlan)
        #expect(placedByHand.timetable.contains { $0.session == "nghi-giua-gio" })
        #expect(placedByHand.score.component(.movedFromPublished)?.value == 0)
        let kept = try Timetabler(seed: 4, limits: limits).solve(
            plan: plan, publishedProgramme: SessionPlacement.programme(of: plan), clock: ManualClock())
        #expect(kept.score.component(.movedFromPublished) != nil)
        #expect(kept != placedByHand)
    }
}
