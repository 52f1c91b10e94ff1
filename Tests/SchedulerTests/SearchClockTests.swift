import Planning
import Scheduler
import TestSupport
import Testing

/// The searches measure their time budget on the clock they are given: with a manual clock that
/// moves 10 ms per reading and a 100 ms budget, a run stops after a known number of readings, so
/// even a time-limited run is reproducible.
@Suite("Search clock")
struct SearchClockTests {
    typealias F = TimetableFixtures

    static let budget = SearchLimits(timeBudget: .milliseconds(100), maximumIterations: 1_000_000)

    @Test("the manual clock moves only when advanced, or by its step on every reading")
    func manualClock() async throws {
        let still = ManualClock()
        #expect(still.now == still.now)
        still.advance(by: .seconds(2))
        #expect(still.now.offset == .seconds(2))
        still.advance(by: .seconds(-1))
        #expect(still.current.offset == .seconds(2))
        try await still.sleep(until: still.now.advanced(by: .milliseconds(500)), tolerance: nil)
        #expect(still.current.offset == .milliseconds(2_500))
        try await still.sleep(until: ManualClock.Instant(offset: .zero), tolerance: nil)
        #expect(still.current.offset == .milliseconds(2_500))

        let stepping = ManualClock(step: .milliseconds(10))
        #expect(stepping.now.offset == .zero)
        #expect(stepping.now.offset == .milliseconds(10))
        #expect(stepping.current.offset == .milliseconds(20))
        #expect(stepping.reads == 2)
        #expect(stepping.now.duration(to: stepping.now) == .milliseconds(10))
    }

    @Test("the manual clock counts readings from many tasks at once")
    func manualClockIsThreadSafe() async {
        let clock = ManualClock(step: .milliseconds(1))
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<1_000 { _ = clock.now }
                }
            }
        }
        #expect(clock.reads == 8_000)
        #expect(clock.current.offset == .milliseconds(8_000))
    }

    @Test("a time-limited allocation stops on its budget after a known number of readings, the same each run")
    func allocationStopsByTime() throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 3).problem()
        let clock = ManualClock(step: .milliseconds(10))
        let first = BoothAllocator.allocate(problem, seed: 4, limits: Self.budget, clock: clock)
        // One reading at the start (0 ms), then one every 256 iterations (10 ms, 20 ms, ...): the
        // eleventh check reads 110 ms > 100 ms, at iteration 10 × 256.
        #expect(first.stoppedBy == .timeBudget)
        #expect(first.iterations == 2_560)
        #expect(clock.reads == 12)
        let again = BoothAllocator.allocate(
            problem, seed: 4, limits: Self.budget, clock: ManualClock(step: .milliseconds(10)))
        #expect(again == first)
    }

    @Test("an allocation whose clock does not move ends on its iteration cap; a seed gives one plan")
    func allocationWithoutTime() throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 3).problem()
        let limits = SearchLimits(timeBudget: .zero, maximumIterations: 700)
        let first = BoothAllocator.allocate(problem, seed: 8, limits: limits, clock: ManualClock())
        let second = BoothAllocator.allocate(problem, seed: 8, limits: limits, clock: ManualClock())
        #expect(first.stoppedBy == .iterationLimit)
        #expect(first.iterations == 700)
        #expect(first == second)
    }

    /// Sessions that always leave a penalty (Ông Bảo prefers the afternoon; the day ends at noon),
    /// so the search never stops early on a perfect score.
    static func imperfect() -> TimetableProblem {
        F.problem(
            [
                F.session("a", people: [F.bao]), F.session("b", people: [F.hang], points: [F.haNoi]),
                F.session("c", 45), F.session("d", points: [F.haNoi, F.sonLa]),
            ],
            availability: [PersonAvailability(person: F.bao, preferred: [F.span(F.at(13), F.at(14))])])
    }

    @Test("a time-limited timetable stops on its budget after a known number of readings, the same each run")
    func timetableStopsByTime() throws {
        let problem = Self.imperfect()
        let clock = ManualClock(step: .milliseconds(10))
        // The local search alone: the exact method would prove this small problem optimal at once.
        let budget = SearchLimits(
            timeBudget: .milliseconds(100), maximumIterations: 1_000_000, exactSessionLimit: 0)
        let first = try Timetabler(seed: 5, limits: budget).solve(problem, clock: clock)
        // One reading for the deadline (0 ms + 100 ms), then one every 256 iterations (10 ms,
        // 20 ms, ...): the tenth check reads 100 ms, at iteration 9 × 256.
        #expect(first.stoppedByTime)
        #expect(first.iterations == 2_304)
        #expect(clock.reads == 11)
        #expect(first.score.total > 0)
        let again = try Timetabler(seed: 5, limits: budget).solve(
            problem, clock: ManualClock(step: .milliseconds(10)))
        #expect(again == first)
    }

    @Test("a timetable whose clock does not move ends on its iteration cap; a seed gives one timetable")
    func timetableWithoutTime() throws {
        let problem = Self.imperfect()
        let limits = SearchLimits(timeBudget: .zero, maximumIterations: 900, exactSessionLimit: 0)
        let first = try Timetabler(seed: 2, limits: limits).solve(problem, clock: ManualClock())
        let second = try Timetabler(seed: 2, limits: limits).solve(problem, clock: ManualClock())
        // A zero budget on a clock that never moves: the deadline is reached at once.
        #expect(first.stoppedByTime)
        #expect(first.iterations == 0)
        #expect(first == second)
        let open = SearchLimits(timeBudget: .seconds(1), maximumIterations: 900, exactSessionLimit: 0)
        let capped = try Timetabler(seed: 2, limits: open).solve(problem, clock: ManualClock())
        #expect(!capped.stoppedByTime)
        #expect(capped.iterations == 900)
        #expect(try Timetabler(seed: 2, limits: open).solve(problem, clock: ManualClock()) == capped)
    }

    @Test("the time budget stops the exact method too, after a known number of readings, and says so")
    func exactMethodStopsByTime() throws {
        let problem = TimetableInstanceGenerator.make(scale: .small, seed: 1)
        let limits = SearchLimits(
            timeBudget: .milliseconds(100), maximumIterations: 2_000, exactNodes: 20_000)
        // Unhurried, the exact method places all 24 sessions and spends its node budget trying to
        // prove the lowest penalty; the local search then runs to its cap.
        let unhurried = try Timetabler(seed: 1, limits: limits).solve(problem, clock: ManualClock())
        #expect(unhurried.proof.method == .exactThenLocalSearch && !unhurried.proof.stoppedByTime)
        #expect(unhurried.proof.feasibility == .feasible && unhurried.proof.nodes > 20_000)
        #expect(!unhurried.stoppedByTime && unhurried.timeNote == nil && unhurried.iterations == 2_000)

        let clock = ManualClock(step: .milliseconds(10))
        let cut = try Timetabler(seed: 1, limits: limits).solve(problem, clock: clock)
        // One reading for the deadline (0 ms + 100 ms), then one every 256 decisions (10 ms,
        // 20 ms, ...): the tenth reads 100 ms and stops the exact method; the local search reads
        // once more (110 ms) and does not start.
        #expect(clock.reads == 12)
        #expect(cut.proof.stoppedByTime && cut.stoppedByTime)
        #expect(cut.proof.method == .exactThenLocalSearch && !cut.proof.optimal)
        #expect(cut.proof.nodes < 2_560 && cut.iterations == 0)
        #expect(cut.timeNote == .exactStoppedByTime(nodes: cut.proof.nodes))
        #expect(
            TimetableChecker(problem: problem).check(cut.placements).allSatisfy { $0.rule == .notScheduled })
        #expect(cut.rendered(in: .vietnamese).contains("Phương pháp chính xác dừng vì hết thời gian"))
        // One cause, stated once: the method line does not blame the node budget (QA 41b #8).
        #expect(
            cut.rendered(in: .vietnamese).contains(
                "dừng vì hết thời gian trước khi chứng minh xong); không còn"))
        #expect(!cut.rendered(in: .vietnamese).contains("hết ngân sách nút"))
        #expect(unhurried.rendered(in: .vietnamese).contains("hết ngân sách nút"))
        let again = try Timetabler(seed: 1, limits: limits).solve(
            problem, clock: ManualClock(step: .milliseconds(10)))
        #expect(again == cut)
    }
}
