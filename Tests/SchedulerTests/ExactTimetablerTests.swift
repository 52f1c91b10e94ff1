import Planning
import TestSupport
import Testing

@testable import Scheduler

@Suite("Timetabler: exact method")
struct ExactTimetablerTests {
    typealias F = TimetableFixtures
    typealias X = ExactFixtures

    /// The exact method with a node budget that proves these small problems.
    static let limits = SearchLimits(timeBudget: .seconds(120), maximumIterations: 1_500, exactNodes: 20_000)

    @Test("issue 13's briefing: all 9 sessions placed, checker-clean, proven optimal")
    func briefingPattern() throws {
        let problem = X.briefing()
        let result = try Timetabler(seed: 1, limits: Self.limits).solve(problem, clock: ManualClock())
        #expect(result.timetable.count == 9 && result.unplaced.isEmpty)
        #expect(TimetableChecker(problem: problem).check(result.placements).isEmpty)
        #expect(result.proof.method == .exact)
        #expect(result.proof.feasibility == .feasible && result.proof.mostPlaced && result.proof.optimal)
        #expect(result.proof.conflict.isEmpty)
        let order = result.timetable.map(\.session)
        #expect(order.first == "khai-mac" && order.last == "be-mac")
        let awards = try #require(order.firstIndex(of: "trao-thuong"))
        let speech = try #require(order.firstIndex(of: "chi-dao"))
        #expect(awards < speech)
        // The local search alone never does better.
        for seed in [1, 2, 3] as [UInt64] {
            let local = try Timetabler(seed: seed, limits: F.localLimits).solve(problem, clock: ManualClock())
            #expect(local.proof == .localSearch)
            #expect(local.timetable.count <= result.timetable.count)
            #expect(local.score.total >= result.score.total)
        }
    }

    @Test("a closing stays on the first day, not alone on a second where every point tests its link again")
    func closingStaysOnFirstDay() throws {
        // QA 41 #2: three points, an opening fixed at 08:00, two reports, a closing; two days.
        let second = CalendarDate(year: 2026, month: 12, day: 11)!
        let on = { (date: CalendarDate, hour: Int) in LocalDateTime(date: date, time: TimeOfDay(hour: hour)!)
        }
        let both = [F.span(on(F.day, 6), on(F.day, 18)), F.span(on(second, 6), on(second, 18))]
        let points = [("dc-lao-cai", 60), ("dc-son-la", 60), ("dc-dien-bien", 30)].map { id, lead in
            ConnectionPoint(
                id: Identifier(id), name: id, role: id == "dc-lao-cai" ? .main : .satellite,
                province: ProvinceReference("Lào Cai"), host: "Liên minh HTX", hallCapacity: 100,
                availability: both, linkTestLeadMinutes: lead)
        }
        let all = points.map(\.id)
        let problem = TimetableProblem(
            days: [F.day, second].map {
                EventDay(date: $0, opens: TimeOfDay(hour: 7, minute: 30)!, closes: TimeOfDay(hour: 17)!)
            },
            rooms: F.rooms, connectionPoints: points,
            sessions: [
                F.session("khai-mac", kind: .opening, points: all, timing: .fixed(F.at(8)), order: [.first]),
                F.session("bao-cao", 60, points: all, order: [.after("khai-mac")]),
                F.session("tham-luan", 20, points: [all[0], all[1]]),
                F.session("be-mac", 20, kind: .closing, points: all, order: [.last]),
            ])
        let result = try Timetabler(limits: Self.limits).solve(problem, clock: ManualClock())
        #expect(result.unplaced.isEmpty && result.proof.optimal)
        let closing = try #require(result.timetable.first { $0.session == "be-mac" })
        #expect(closing.start.date == F.day)
        #expect(result.score.components.first { $0.kind == .extraLinkTestMinutes }?.value == 0)
        #expect(result.linkTests.allSatisfy { $0.start.date == F.day })
    }

    @Test("a programme published between quarter hours is kept, not moved and called optimal (QA 41b #4)")
    func publishedOffGridKept() throws {
        let problem = F.problem(
            [F.session("a"), F.session("b")],
            published: [F.place("a", "phong-a", F.at(8, 5)), F.place("b", "phong-a", F.at(8, 40))])
        let result = try Timetabler(limits: Self.limits).solve(problem, clock: ManualClock())
        #expect(result.proof.optimal && result.proof.startGridMinutes == 15)
        #expect(result.score.total == 0)
        #expect(result.placements.map(\.start) == [F.at(8, 5), F.at(8, 40)])
        #expect(result.rendered(in: .vietnamese).contains("cách nhau 15 phút"))
        #expect(result.rendered(in: .english).contains("starts every 15 minutes"))
    }

    @Test("a closing starts the minute a fixed session at its points ends, between quarter hours")
    func startsWhenFixedSessionEnds() throws {
        let problem = F.problem([
            F.session("khai-mac", 25, kind: .opening, points: [F.haNoi], timing: .fixed(F.at(9))),
            F.session("be-mac", 20, kind: .closing, points: [F.haNoi], order: [.last]),
        ])
        let result = try Timetabler(limits: Self.limits).solve(problem, clock: ManualClock())
        #expect(result.proof.optimal)
        #expect(result.timetable.first { $0.session == "be-mac" }?.start == F.at(9, 25))
        #expect(result.score.components.first { $0.kind == .connectionPointIdleMinutes }?.value == 0)
    }

    @Test("a start placed by hand, or a preferred span's, is among a session's starts")
    func ownStartsInDomain() throws {
        var placedByHand = F.session("a")
        placedByHand.room = "phong-a"
        placedByHand.start = F.at(9, 50)
        let preferred = PersonAvailability(
            person: F.bao, available: [], preferred: [F.span(F.at(10, 10), F.at(11, 0))])
        let problem = F.problem(
            [placedByHand, F.session("b", people: [F.bao])], availability: [preferred])
        let model = TimetableModel(problem: problem)
        #expect(model.startCandidates[0].contains(F.at(9, 50).minuteIndex))
        #expect(model.startCandidates[1].contains(F.at(10, 10).minuteIndex))
        let result = try Timetabler(limits: Self.limits).solve(problem, clock: ManualClock())
        #expect(result.timetable.first { $0.session == "b" }?.start == F.at(10, 10))
        #expect(result.score.total == 0 && result.proof.optimal)
    }

    @Test("a start placed by hand in the plan, then unpinned, is still tried (QA 42 #1)")
    func unpinnedStartTried() throws {
        var plan = SampleData.hybridBriefing()
        let index = try #require(plan.sessions.firstIndex { $0.timing == .free })
        let day = try #require(plan.event.firstDay)
        let offGrid = LocalDateTime(date: day, time: TimeOfDay(hour: 9, minute: 50)!)
        plan.sessions[index].start = offGrid
        plan.sessions[index].room = plan.venue?.rooms.first?.id
        plan.sessions[index].pinned = false
        let model = TimetableModel(problem: try TimetableProblem(plan: plan))
        #expect(model.startCandidates[index].contains(offGrid.minuteIndex))
        #expect(!model.isPinned(index))
    }

    @Test("twin sessions with different own starts are not ordered as twins: the only timetable is found")
    func twinsWithOwnStarts() throws {
        // One room, 09:00–12:00: a pinned 20-minute session, then two 80-minute twins must fill
        // 09:20–12:00 exactly. Only «b» has 09:20 among its starts (its current start).
        var pinned = F.session("f", 20)
        pinned.room = "hoi-truong"
        pinned.start = F.at(9)
        pinned.pinned = true
        var b = F.session("b", 80)
        b.start = F.at(9, 20)
        let problem = TimetableProblem(
            days: [EventDay(date: F.day, opens: TimeOfDay(hour: 9)!, closes: TimeOfDay(hour: 12)!)],
            rooms: [F.rooms[0]], sessions: [pinned, F.session("a", 80), b])
        let result = try Timetabler(limits: Self.limits).solve(problem, clock: ManualClock())
        #expect(result.unplaced.isEmpty, "\(result.rendered(in: .english))")
        #expect(result.timetable.first { $0.session == "b" }?.start == F.at(9, 20))
        #expect(result.timetable.first { $0.session == "a" }?.start == F.at(10, 40))
    }

    @Test("two sessions fixed at once for the only speaker: proven infeasible, the five constraints named")
    func sameSpeakerSameTime() throws {
        let problem = F.problem([
            F.session("mot", people: [F.bao], timing: .fixed(F.at(9))),
            F.session("hai", people: [F.bao, F.hang], timing: .fixed(F.at(9, 15))),
            F.session("ba", people: [F.hang]),
        ])
        let result = try Timetabler(limits: Self.limits).solve(problem, clock: ManualClock())
        #expect(result.timetable.count == 2 && result.unplaced.count == 1)
        #expect(result.proof.feasibility == .infeasible && result.proof.mostPlaced && result.proof.optimal)
        #expect(result.proof.conflictIsMinimal)
        let moment = { (hour: Int, minute: Int) in
            SchedulerMessage.Moment(F.at(hour, minute), showsDate: false)
        }
        #expect(
            result.proof.conflict.map(\.wording)
                == [
                    .mustBePlaced(session: "Phiên mot"), .mustBePlaced(session: "Phiên hai"),
                    .fixedStart(session: "Phiên mot", start: moment(9, 0)),
                    .fixedStart(session: "Phiên hai", start: moment(9, 15)),
                    .personOneAtATime(.known("Ông Trần Văn Bảo")),
                ]
                .map { BilingualText(SchedulerMessage.conflictConstraint($0)) })
        #expect(
            result.proof.conflict.map(\.rule) == [
                .notScheduled, .notScheduled, .fixedTime, .fixedTime, .personConflict,
            ])
        #expect(result.proof.conflict.last?.sessions == ["mot", "hai"])
        #expect(TimetableChecker(problem: problem).check(result.placements).map(\.rule) == [.notScheduled])
    }

    @Test("a cycle of prerequisites: proven infeasible, both sessions and both rules named")
    func prerequisiteCycle() throws {
        let problem = F.problem([
            F.session("a", order: [.after("b")]), F.session("b", order: [.after("a")]), F.session("c"),
        ])
        let result = try Timetabler(limits: Self.limits).solve(problem, clock: ManualClock())
        #expect(result.timetable.count == 2)
        #expect(
            result.proof.feasibility == .infeasible && result.proof.mostPlaced
                && result.proof.conflictIsMinimal)
        #expect(
            result.proof.conflict.map(\.wording)
                == [
                    .mustBePlaced(session: "Phiên a"), .mustBePlaced(session: "Phiên b"),
                    .after(session: "Phiên a", predecessor: "Phiên b"),
                    .after(session: "Phiên b", predecessor: "Phiên a"),
                ]
                .map { BilingualText(SchedulerMessage.conflictConstraint($0)) })
    }

    @Test("a window too short for its session: the session and its window named")
    func windowTooShort() throws {
        let window = F.span(F.at(9), F.at(9, 45))
        let problem = F.problem([F.session("dai", 60, timing: .window(window)), F.session("ngan")])
        let result = try Timetabler(limits: Self.limits).solve(problem, clock: ManualClock())
        #expect(result.unplaced.map(\.session) == ["dai"])
        #expect(result.proof.feasibility == .infeasible && result.proof.optimal)
        #expect(
            result.proof.conflict.map(\.wording)
                == [
                    .mustBePlaced(session: "Phiên dai"),
                    .window(session: "Phiên dai", window: .init(window, showsDate: false), minutes: 60),
                ]
                .map { BilingualText(SchedulerMessage.conflictConstraint($0)) })
    }

    @Test("the sample briefing: the opening proven impossible, with Sơn La's late hall and link test")
    func sampleBriefing() throws {
        let plan = SampleData.hybridBriefing()
        let result = try Timetabler(seed: 7, limits: SearchLimits(maximumIterations: 800, exactNodes: 2_000))
            .solve(plan: plan, publishedProgramme: SessionPlacement.programme(of: plan), clock: ManualClock())
        #expect(result.unplaced.map(\.session) == ["khai-mac"])
        #expect(result.proof.feasibility == .infeasible && result.proof.mostPlaced)
        #expect(
            result.proof.conflict.map(\.rule) == [
                .notScheduled, .fixedTime, .connectionPointUnavailable, .linkTest,
            ])
        #expect(result.proof.conflict.allSatisfy { $0.sessions == ["khai-mac"] })
        #expect(result.proof.conflictIsMinimal)
    }

    @Test(
        "random small problems: the exact method never places fewer than local search, checker-clean, repeatable",
        arguments: Array(1...12) as [UInt64])
    func randomSmall(seed: UInt64) throws {
        let problem = X.random(seed: seed)
        let exact = try Timetabler(seed: seed, limits: Self.limits).solve(problem, clock: ManualClock())
        let local = try Timetabler(seed: seed, limits: F.localLimits).solve(problem, clock: ManualClock())
        #expect(exact.timetable.count >= local.timetable.count)
        if exact.proof.optimal { #expect(exact.score.total <= local.score.total) }
        let issues = TimetableChecker(problem: problem).check(exact.placements)
        #expect(issues.allSatisfy { $0.rule == .notScheduled })
        #expect(issues.count == exact.unplaced.count)
        #expect(exact.proof.method != .localSearch)
        switch exact.proof.feasibility {
        case .feasible: #expect(exact.unplaced.isEmpty && exact.proof.conflict.isEmpty)
        case .infeasible: #expect(!exact.unplaced.isEmpty && !exact.proof.conflict.isEmpty)
        case .unknown: break
        }
        #expect(try Timetabler(seed: seed, limits: Self.limits).solve(problem, clock: ManualClock()) == exact)
    }

    @Test("the exact method runs up to its session limit; beyond it, local search alone")
    func threshold() throws {
        let problem = X.briefing()
        var limits = Self.limits
        limits.exactSessionLimit = 8
        let result = try Timetabler(limits: limits).solve(problem, clock: ManualClock())
        #expect(result.proof == .localSearch)
        #expect(SearchLimits().exactSessionLimit == SearchLimits.defaultExactSessionLimit)
        #expect(SearchLimits(maximumIterations: 700).exactNodes == 700)
    }
}
