import Planning
import TestSupport
import Testing

@testable import Scheduler

/// The booth search's budget, stopping rules and time guard: a run is a pure function of the
/// instance, the seed and the cap; more iterations never end worse; the time limit only guards.
@Suite("Booth search budget")
struct BoothSearchBudgetTests {
    @Test("the budget is scaled to the instance (parties × lettable booths) in whole phases")
    func scaledBudget() throws {
        #expect(BoothSearch.phaseLength(parties: 20) == 2_000)
        #expect(BoothSearch.phaseLength(parties: 1_000) == 20_000)
        #expect(BoothSearch.stallPhases(phaseLength: 2_000) == 10)
        #expect(BoothSearch.stallPhases(phaseLength: 20_000) == 4)
        #expect(BoothSearch.scaledBudget(parties: 20, booths: 32) == 20_000)
        #expect(BoothSearch.scaledBudget(parties: 1_000, booths: 599) == 600_000)
        #expect(BoothSearch.scaledBudget(parties: 5_000, booths: 2_000) == 1_000_000)
        #expect(
            BoothSearch.scaledBudget(parties: 130, booths: 159) % BoothSearch.phaseLength(parties: 130) == 0)
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 2).problem()
        let run = BoothAllocator.allocate(
            problem, seed: 3, limits: SearchLimits(timeBudget: .seconds(1), maximumIterations: 1_000_000),
            clock: ManualClock())
        #expect(run.iterations <= 20_000)
        #expect(run.stoppedBy == .stalled || run.stoppedBy == .iterationLimit)
        #expect(run.isRepeatable)
    }

    @Test("the checkpoints of a budget hold those of every budget it is 2, 4, 5 or 10 times")
    func checkpoints() {
        for n in [1, 7, 256, 700, 2_000, 3_333] {
            let own = BoothSearch.checkpoints(budget: n)
            #expect(own.contains(n))
            for k in [2, 4, 5, 10, 20, 100] {
                let larger = BoothSearch.checkpoints(budget: k * n)
                #expect(own.isSubset(of: larger), "\(n) × \(k)")
            }
        }
    }

    @Test(
        "more iterations never end worse: score(2N) ≥ score(N) and score(10N) ≥ score(N), same seed",
        arguments: [(1, 1), (2, 5), (3, 9), (4, 12)] as [(UInt64, UInt64)])
    func moreIterationsNeverWorse(instanceSeed: UInt64, seed: UInt64) throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: instanceSeed).problem()
        func score(_ iterations: Int) -> Double {
            BoothAllocator.allocate(
                problem, seed: seed,
                limits: SearchLimits(timeBudget: .seconds(60), maximumIterations: iterations),
                clock: ManualClock()
            ).score.total
        }
        // Budgets inside a phase, at a phase end and across phases (a phase is 2,000 here).
        for n in [300, 700, 2_000, 2_900] {
            let once = score(n)
            #expect(score(2 * n) >= once - 1e-9, "N = \(n)")
        }
        #expect(score(7_000) >= score(700) - 1e-9)
    }

    @Test("the same seed and budget give the same plan, also on the regional scale")
    func repeatable() throws {
        let problem = try BoothInstanceGenerator.make(scale: .regional, seed: 4).problem()
        let limits = SearchLimits(timeBudget: .seconds(60), maximumIterations: 3_000)
        let first = BoothAllocator.allocate(problem, seed: 7, limits: limits, clock: ManualClock())
        let second = BoothAllocator.allocate(problem, seed: 7, limits: limits, clock: ManualClock())
        #expect(first == second)
        #expect(first.iterations == 3_000)
        #expect(first.stoppedBy == .iterationLimit && first.isRepeatable)
    }

    @Test(
        "the time guard stops within 10% of the budget on an injected clock, and says the run may not repeat",
        arguments: [(100, 10), (250, 25), (1_000, 50), (1_000, 100)] as [(Int, Int)])
    func timeGuard(budget: Int, step: Int) throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 6).problem()
        // The clock moves `step` ms on every reading: at the start, then every 256 iterations.
        let clock = ManualClock(step: .milliseconds(step))
        let limits = SearchLimits(timeBudget: .milliseconds(budget), maximumIterations: 1_000_000)
        let result = BoothAllocator.allocate(problem, seed: 2, limits: limits, clock: clock)
        // The last reading; the clock has moved on by one step since.
        let spent = clock.current.offset - .milliseconds(step)
        #expect(result.stoppedBy == .timeBudget)
        #expect(!result.isRepeatable)
        #expect(result.iterations % 256 == 0)
        #expect(spent > .milliseconds(budget))
        #expect(spent <= .milliseconds(budget) * 1.1)
        for language in Language.allCases {
            #expect(
                result.rendered(in: language).contains(
                    SchedulerMessage.allocationMayNotRepeat(iterations: result.iterations).text(language)))
        }
        let plan = BoothPlanChecker(problem: problem).check(result.entries)
        #expect(plan.hardViolations.isEmpty)
    }

    @Test(
        "a run the guard does not cut is repeatable and never reads the clock more than once per 256 iterations"
    )
    func guardReadsCheaply() throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 6).problem()
        let clock = ManualClock()
        let result = BoothAllocator.allocate(
            problem, seed: 2, limits: SearchLimits(timeBudget: .seconds(1), maximumIterations: 5_000),
            clock: clock)
        #expect(result.isRepeatable)
        #expect(clock.reads <= 1 + (result.iterations + 255) / 256 + 1)
    }
}
