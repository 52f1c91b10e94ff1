import Planning
import Scheduler
import TestSupport
import Testing

@Suite("Timetabler: sessions pinned by hand")
struct TimetablePinTests {
    typealias F = TimetableFixtures

    /// `session` pinned in `room` at `start`.
    static func pinned(_ session: Session, _ room: String, _ start: LocalDateTime) -> Session {
        var session = session
        session.room = room
        session.start = start
        session.pinned = true
        return session
    }

    @Test("a pinned plenary stays in the afternoon although the morning scores better; unpinned it moves")
    func pinnedKept() throws {
        let speech = F.session("chi-dao", kind: .directiveSpeech)
        let others = [F.session("bao-cao", 60), F.session("tham-luan", 45)]
        let problem = F.problem([Self.pinned(speech, "phong-b", F.at(14))] + others, closes: 17)
        let result = try Timetabler(seed: 3, limits: F.limits).solve(problem, clock: ManualClock())
        #expect(result.pinned == ["chi-dao"])
        let entry = try #require(result.timetable.first { $0.session == "chi-dao" })
        #expect(entry.room == "phong-b" && entry.start == F.at(14))
        #expect(result.keptPins.map(\.session) == ["chi-dao"] && result.pinsNotKept.isEmpty)
        #expect(TimetableChecker(problem: problem).check(result.placements).isEmpty)
        let free = try Timetabler(seed: 3, limits: F.limits).solve(
            F.problem([speech] + others, closes: 17), clock: ManualClock())
        let moved = try #require(free.timetable.first { $0.session == "chi-dao" })
        #expect(moved.start.time.hour < 12 && free.pinned.isEmpty)
    }

    @Test("a pin that breaks a rule is reported with the rule, not moved, and its room stays reserved")
    func infeasiblePinReserved() throws {
        var crowd = F.session("dong-nguoi", audience: 300)
        crowd = Self.pinned(crowd, "hoi-truong", F.at(9))
        let fixed = F.session("co-dinh", audience: 150, timing: .fixed(F.at(9)))
        let problem = F.problem([crowd, fixed])
        let result = try Timetabler(seed: 1, limits: F.limits).solve(problem, clock: ManualClock())
        #expect(result.timetable.isEmpty)
        let pin = try #require(result.pinsNotKept.first)
        #expect(pin.session == "dong-nguoi" && pin.reasons.map(\.rule) == [.capacity])
        let blocked = try #require(result.unplaced.first { $0.session == "co-dinh" })
        #expect(
            blocked.reasons.contains { $0.rule == .roomConflict && $0.sessions == ["co-dinh", "dong-nguoi"] })
    }

    @Test("two pins in one room at once are both reported, each naming the other")
    func clashingPins() throws {
        let first = Self.pinned(F.session("a"), "phong-a", F.at(10))
        let second = Self.pinned(F.session("b"), "phong-a", F.at(10, 15))
        let result = try Timetabler(seed: 1, limits: F.limits).solve(
            F.problem([first, second]), clock: ManualClock())
        #expect(result.timetable.isEmpty)
        #expect(result.pinsNotKept.map(\.session) == ["a", "b"])
        for unplaced in result.unplaced {
            #expect(unplaced.reasons.map(\.rule) == [.roomConflict])
        }
    }

    @Test("a plan's pinned sessions keep their room and start in the problem and after applying a result")
    func planApplying() throws {
        var plan = SampleData.hybridBriefing()
        let index = try #require(plan.sessions.indices.last)
        let original = plan.sessions[index]
        plan.sessions[index].room = "phong-hop-1"
        plan.sessions[index].start = F.at(16)
        plan.sessions[index].pinned = true
        let problem = try TimetableProblem(plan: plan)
        #expect(problem.sessions[index].room == "phong-hop-1" && problem.sessions[index].start == F.at(16))
        let empty = TimetableResult(
            seed: 1, timetable: [], linkTests: [], score: TimetableScore(components: []), unplaced: [],
            iterations: 0, stoppedByTime: false)
        let applied = plan.applying(empty)
        #expect(applied.sessions[index].room == "phong-hop-1" && applied.sessions[index].start == F.at(16))
        #expect(applied.sessions.indices.allSatisfy { $0 == index || applied.sessions[$0].start == nil })
        #expect(original.pinned == false)
    }
}
