import Planning
import TestSupport
import Testing

@testable import Scheduler

/// The upper bound on a booth plan's score (``BoothUpperBound``): its transport problem solved
/// exactly, and never below a plan the rules allow.
@Suite("Booth allocation: the upper bound on any plan's score")
struct BoothUpperBoundTests {
    /// The best transport by trying every owner (or none) for every booth.
    static func bruteForce(value: [Double], capacity: [Int], booths: Int) -> Double {
        var best = 0.0
        func search(_ b: Int, _ sum: Double, _ sent: [Int]) {
            if b == booths {
                best = max(best, sum)
                return
            }
            search(b + 1, sum, sent)
            for p in capacity.indices where sent[p] < capacity[p] && value[p * booths + b] > -.infinity {
                var next = sent
                next[p] += 1
                search(b + 1, sum + value[p * booths + b], next)
            }
        }
        search(0, 0, [Int](repeating: 0, count: capacity.count))
        return best
    }

    @Test("the transport's optimum equals an exhaustive search on random small problems")
    func transportIsExact() {
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<300 {
            let parties = Int.random(in: 1...4, using: &generator)
            let booths = Int.random(in: 1...5, using: &generator)
            let capacity = (0..<parties).map { _ in Int.random(in: 1...3, using: &generator) }
            let value = (0..<(parties * booths)).map { _ -> Double in
                switch Int.random(in: 0..<6, using: &generator) {
                case 0: -.infinity
                case 1: -Double(Int.random(in: 1...20, using: &generator))
                default: Double(Int.random(in: 0...40, using: &generator))
                }
            }
            let solved = BoothUpperBound.transport(value: value, capacity: capacity, booths: booths)
            let expected = Self.bruteForce(value: value, capacity: capacity, booths: booths)
            #expect(abs(solved.value - expected) < 1e-6, "\(capacity) \(value)")
        }
    }

    @Test("no plan the rules allow scores above the bound, on tiny instances", arguments: 1...6)
    func aboveTheOptimum(seed: UInt64) throws {
        let problem = try BoothOptimalityTests.instance(seed: seed, lengths: [3, 4], parties: 4)
        let bound = BoothUpperBound(problem: problem)
        let optimum = BoothOptimalityTests.optimum(problem)
        #expect(bound.points >= optimum - 1e-6)
        #expect(bound.points <= 1.5 * optimum)
        #expect(bound.gap(of: optimum) < 0.5)
    }

    @Test(
        "the allocator's plan never scores above the bound, pins included, and lies in the narrowed counts",
        arguments: [BoothInstanceScale.small, .regional])
    func aboveTheAllocation(scale: BoothInstanceScale) throws {
        for seed: UInt64 in 1...3 {
            let problem = try BoothInstanceGenerator.make(scale: scale, seed: seed).problem()
            let result = BoothAllocator.allocate(
                problem, seed: seed, limits: SearchLimits(maximumIterations: 5_000), clock: ManualClock())
            let bound = BoothUpperBound(problem: problem)
            #expect(bound.points >= result.score.total - 1e-6)
            #expect(bound.gap(of: result.score.total) < 0.15)
            // Each class places its first parties, within the counts the queue rule narrows to.
            try BoothUpperBoundCasesTests.expectInTheBox(problem, result)
            // No arrangement of the parties the plan places scores above the bound over them.
            let own = try #require(
                BoothUpperBound(problem: problem, placing: Set(result.placements.map(\.party))))
            #expect(own.points >= result.score.total - 1e-6)
            #expect(abs(own.parts.reduce(0) { $0 + $1.points } - own.points) < 1e-6)
            // The parts add up to the bound (a part is what the relaxation's optimum counts on it,
            // not a bound of that component alone).
            #expect(abs(bound.parts.reduce(0) { $0 + $1.points } - bound.points) < 1e-6)
            #expect(
                bound.parts.map(\.name) == [
                    "placement", "zoning", "regional-pavilion", "prime-booths", "neighbours",
                ])
            // The same plan pinned: the parties holding pins count their placement up front.
            let pinned = try BoothAllocationProblem(
                title: problem.title, venue: problem.venue, parties: problem.parties,
                fixed: result.boothAssignments.prefix(6).map {
                    BoothAssignment(booth: $0.booth, party: $0.party, pinned: true)
                })
            let again = BoothAllocator.allocate(
                pinned, seed: seed, limits: SearchLimits(maximumIterations: 5_000), clock: ManualClock())
            #expect(BoothUpperBound(problem: pinned).points >= again.score.total - 1e-6)
        }
    }

    @Test("the bound over the plans placing given parties: none when they cannot all stand")
    func placingGivenParties() throws {
        // One row of three booths; two parties wanting two booths each cannot both stand.
        let venue = BoothFixtures.venue(
            rows: [BoothFixtures.Row(zone: "tinh", services: [[], [], []])], zones: BoothFixtures.zones)
        let parties = [
            BoothFixtures.party("a", booths: 2, hour: 8), BoothFixtures.party("b", booths: 2, hour: 9),
        ]
        let problem = try BoothAllocationProblem(title: "Hai khối", venue: venue, parties: parties)
        #expect(BoothUpperBound(problem: problem, placing: Set(parties.map(\.id))) == nil)
        let first = try #require(BoothUpperBound(problem: problem, placing: [parties[0].id]))
        let second = try #require(BoothUpperBound(problem: problem, placing: [parties[1].id]))
        // The first party is served earlier, so it is worth more; either alone stays under the
        // bound over every plan, which places the first (the queue rule).
        #expect(first.points > second.points)
        #expect(first.units == 2 && second.units == 2)
        #expect(abs(BoothUpperBound(problem: problem).points - first.points) < 1e-6)
        let empty = try #require(BoothUpperBound(problem: problem, placing: []))
        #expect(empty.points == 0 && empty.units == 0)
    }

    @Test("the account of a plan states the bound and the share of it reached, in both languages")
    func account() throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 2).problem()
        let result = BoothAllocator.allocate(
            problem, seed: 2, limits: SearchLimits(maximumIterations: 2_000), clock: ManualClock())
        let bound = BoothUpperBound(problem: problem)
        let gap = bound.gap(of: result.score.total)
        let vietnamese = result.rendered(in: .vietnamese, bound: bound)
        #expect(
            vietnamese.contains(
                "Cận trên của tổng điểm: \(bound.points.scoreText(in: .vietnamese)) (không sơ đồ nào vượt được"
            ))
        #expect(
            vietnamese.contains(
                "Sơ đồ này đạt \(((1 - gap) * 100).scoreText(in: .vietnamese))% cận trên, "
                    + "cách \((gap * 100).scoreText(in: .vietnamese))%."))
        // The line follows the total score, before the waiting list.
        let lines = vietnamese.split(separator: "\n", omittingEmptySubsequences: false)
        let boundLine = try #require(lines.firstIndex { $0.hasPrefix("Cận trên") })
        #expect(lines[boundLine - 1].contains("Tổng điểm"))
        let english = result.rendered(in: .english, bound: bound)
        #expect(english.contains("Upper bound on the total score: \(bound.points.scoreText(in: .english))"))
        #expect(english.contains("a gap of \((gap * 100).scoreText(in: .english))%."))
        #expect(result.rendered(in: .english) == result.rendered(in: .english, bound: nil))
    }
}
