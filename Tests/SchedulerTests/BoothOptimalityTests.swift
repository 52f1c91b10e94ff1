import Planning
import TestSupport
import Testing

@testable import Scheduler

/// Exhaustive search over every plan the hard rules allow (the queue rule and the pavilion queue
/// included), scored by the checker.
@Suite("Booth allocation optimality")
struct BoothOptimalityTests {
    /// The best total score of any plan that keeps the hard rules, the queue rule and the pavilion
    /// queue (checked by ``BoothQueueChecker``), found by enumerating every valid block of each party.
    static func optimum(_ problem: BoothAllocationProblem) -> Double {
        let checker = BoothPlanChecker(problem: problem)
        let queue = BoothQueueChecker(problem: problem)
        let codes = problem.venue.booths.map(\.code)
        func subsets(_ size: Int, from start: Int) -> [[String]] {
            guard size > 0 else { return [[]] }
            guard start < codes.count else { return [] }
            return subsets(size - 1, from: start + 1).map { [codes[start]] + $0 }
                + subsets(size, from: start + 1)
        }
        let blocks: [[[String]]] = problem.parties.map { party in
            subsets(party.boothsWanted, from: 0).filter { block in
                checker.check(block.map { BoothPlanEntry(booth: $0, party: party.id.rawValue) }).findings
                    .allSatisfy { !$0.isHard || $0.party != party.id.rawValue }
            }
        }
        var best = -Double.infinity
        var used: Set<String> = []
        var entries: [BoothPlanEntry] = []
        func search(_ index: Int) {
            if index == problem.parties.count {
                let placed = Set(entries.map(\.party))
                let unplaced = problem.parties.map(\.id).filter { !placed.contains($0.rawValue) }
                guard queue.queueViolations(entries: entries, for: unplaced).isEmpty,
                    queue.pavilionViolations(entries: entries).isEmpty
                else { return }
                best = max(best, checker.score(of: entries).total)
                return
            }
            let id = problem.parties[index].id.rawValue
            for block in blocks[index] where used.isDisjoint(with: block) {
                used.formUnion(block)
                entries += block.map { BoothPlanEntry(booth: $0, party: id) }
                search(index + 1)
                entries.removeLast(block.count)
                used.subtract(block)
            }
            search(index + 1)
        }
        search(0)
        return best
    }

    static func instance(seed: UInt64, lengths: [Int], parties count: Int) throws -> BoothAllocationProblem {
        var generator = SeededGenerator(seed: seed)
        let rows = lengths.enumerated().map { index, length in
            BoothFixtures.Row(
                zone: index == 0 ? "tinh" : "thuc-pham",
                services: (0..<length).map { _ in
                    Int.random(in: 0..<3, using: &generator) == 0 ? [.water] : []
                })
        }
        let parties = (0..<count).map { index in
            BoothFixtures.party(
                "p\(index)", booths: Int.random(in: 1...3, using: &generator),
                province: ["An Giang", "Cà Mau"][Int.random(in: 0..<2, using: &generator)],
                food: true, fresh: Int.random(in: 0..<4, using: &generator) == 0,
                sets: [Int.random(in: 1...3, using: &generator)],
                stars: [0, 3, 4, 5][Int.random(in: 0..<4, using: &generator)],
                hour: index, preferred: index % 2 == 0 ? ["thuc-pham"] : [])
        }
        return try BoothAllocationProblem(
            title: "Tối ưu", venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones),
            parties: parties)
    }

    @Test("on tiny instances the allocator finds the optimum", arguments: [1, 2, 3] as [UInt64])
    func tiny(seed: UInt64) throws {
        let problem = try Self.instance(seed: seed, lengths: [3, 4], parties: 4)
        let result = BoothAllocator.allocate(
            problem, seed: seed, limits: SearchLimits(maximumIterations: 2_000), clock: ManualClock())
        #expect(abs(result.score.total - Self.optimum(problem)) < 1e-6)
    }

    @Test(
        "on small instances the allocator stays within 2% of the optimum", arguments: [5, 6, 7] as [UInt64])
    func small(seed: UInt64) throws {
        let problem = try Self.instance(seed: seed, lengths: [4, 4], parties: 5)
        let result = BoothAllocator.allocate(
            problem, seed: seed, limits: SearchLimits(maximumIterations: 3_000), clock: ManualClock())
        let optimum = Self.optimum(problem)
        #expect(result.score.total >= optimum - 0.02 * abs(optimum))
        #expect(result.score.total <= optimum + 1e-6)
    }

    @Test("the incremental score equals the score recomputed from scratch and the checker's")
    func incrementalScore() throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 9).problem()
        var search = BoothSearch(problem: problem)
        search.score = (0..<search.parties.count).reduce(0) { $0 + search.partyTerms($1, nil) }
        search.construct()
        #expect(abs(search.score - search.recomputedScore()) < 1e-6)
        var generator = SeededGenerator(seed: 9)
        let clock = ManualClock()
        _ = search.improve(
            limits: SearchLimits(maximumIterations: 1_500), clock: clock, start: clock.now,
            generator: &generator, progress: nil)
        #expect(abs(search.score - search.recomputedScore()) < 1e-6)
        let allocation = search.allocation(seed: 9, iterations: 0, stop: .iterations)
        #expect(abs(allocation.score.total - search.score) < 1e-6)
    }
}
