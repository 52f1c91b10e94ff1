import Planning
import Scheduler
import Testing

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
        #expect(problem.name(of: leader.id) == "\(leader.honorific!.vietnamese) \(leader.name.fullName)")
    }

    @Test("availability for a person not in the plan is an unknown reference")
    func unknownPerson() {
        #expect(throws: SchedulerError.unknownReference(kind: "người", identifier: "ai-do")) {
            _ = try TimetableProblem(
                plan: SampleData.hybridBriefing(), personAvailability: [PersonAvailability(person: "ai-do")])
        }
    }

    @Test("a plan without a venue cannot be timetabled")
    func noVenue() {
        var plan = SampleData.hybridBriefing()
        plan.venue = nil
        #expect(throws: SchedulerError.invalidInstance(problems: ["Địa điểm chưa có phòng họp nào."])) {
            _ = try TimetableProblem(plan: plan)
        }
    }
}
