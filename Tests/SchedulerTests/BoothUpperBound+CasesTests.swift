import Planning
import TestSupport
import Testing

@testable import Scheduler

/// The upper bound taken over plans keeping the queue rule (``BoothUpperBound/Relaxation``):
/// classes of parties, the counts narrowed, and walls beside blocked booths left out.
@Suite("Booth allocation: the bound over plans keeping the queue rule")
struct BoothUpperBoundCasesTests {
    /// The relaxation's optimum without the queue rule's demands.
    static func withoutQueue(_ relaxation: BoothUpperBound.Relaxation) throws -> Double {
        let solution = try #require(
            relaxation.solve(
                forced: [], excluded: relaxation.capacity.map { _ in false },
                fill: [Bool](repeating: false, count: relaxation.boothCount),
                closedFrom: [Int](repeating: .max, count: relaxation.boothCount)))
        return relaxation.constant + solution.value
    }

    @Test("a first party wanting two booths must be placed, so the bound drops below the relaxation")
    func firstPartyPlaced() throws {
        // One row of three booths in the southern pavilion: the first party, from the north,
        // wants two; three later parties from three Mekong provinces, with five-star products and
        // the pavilion as their preferred zone, want one each, and six more come after them. Each
        // booth is worth more to the first party for its earliness, but the later ones bring
        // their region's pavilion, prime booths, their zone and their cluster's walls, so the
        // relaxation alone would rather let the three booths to them; no plan keeping the queue
        // rule leaves the first party out while two joined booths are free.
        let zones = [
            Zone(
                id: "tinh", name: "Gian hàng các tỉnh phía Nam", hall: "H",
                tags: ["province-pavilion", "agri-food"])
        ]
        let venue = BoothFixtures.venue(
            rows: [BoothFixtures.Row(zone: "tinh", services: [[], [], []])], zones: zones)
        var parties = [BoothFixtures.party("a", booths: 2, province: "Lào Cai", food: true, hour: 8)]
        for (index, province) in ["An Giang", "Cà Mau", "Đồng Tháp"].enumerated() {
            var party = BoothFixtures.party(
                ["b", "c", "d"][index], booths: 1, province: province, food: true, stars: 5, hour: 9 + index,
                preferred: ["tinh"])
            party.cluster = "Cụm thi đua đồng bằng sông Cửu Long"
            parties.append(party)
        }
        for index in 0..<6 {
            parties.append(
                BoothFixtures.party("z\(index)", booths: 1, province: "Sơn La", food: true, hour: 12 + index))
        }
        let problem = try BoothAllocationProblem(title: "Hàng đợi", venue: venue, parties: parties)
        let relaxation = BoothUpperBound.Relaxation(problem: problem)
        var box = BoothUpperBound.Box(
            least: relaxation.classes.map { _ in 0 }, most: relaxation.classes.map(\.parties.count))
        #expect(relaxation.narrow(&box))
        let first = try #require(relaxation.classes.firstIndex { $0.parties.contains(0) })
        #expect(relaxation.classes[first].size == 2)
        #expect(relaxation.classes[first].packing == 1)
        #expect(box.least[first] == 1)
        let bound = BoothUpperBound(problem: problem)
        let optimum = BoothOptimalityTests.optimum(problem)
        #expect(bound.points >= optimum - 1e-6)
        #expect(bound.points < (try Self.withoutQueue(relaxation)) - 1e-6)
        // The bound's optimum places the first party: its two units are among the booths taken.
        let owner = try #require(relaxation.solve(box)).owner
        #expect(owner.filter { $0 == 0 }.count == 2)
    }

    /// A tiny instance where more booths are wanted than there are: two or three short rows, six
    /// parties wanting one to three booths, food or not, fresh or not.
    static func crowded(seed: UInt64) throws -> BoothAllocationProblem {
        var generator = SeededGenerator(seed: seed)
        let lengths = seed % 2 == 0 ? [3, 3] : [2, 2, 3]
        let rows = lengths.enumerated().map { index, length in
            BoothFixtures.Row(
                zone: index == 0 ? "tinh" : "thuc-pham",
                services: (0..<length).map { _ in
                    Int.random(in: 0..<3, using: &generator) == 0 ? [.water] : []
                })
        }
        let parties = (0..<6).map { index in
            BoothFixtures.party(
                "p\(index)", booths: [1, 1, 1, 2, 2, 3][Int.random(in: 0..<6, using: &generator)],
                province: ["An Giang", "Cà Mau", "Đồng Tháp"][Int.random(in: 0..<3, using: &generator)],
                food: Int.random(in: 0..<3, using: &generator) > 0,
                fresh: Int.random(in: 0..<5, using: &generator) == 0,
                sets: [Int.random(in: 1...3, using: &generator)],
                stars: [0, 3, 4, 5][Int.random(in: 0..<4, using: &generator)],
                hour: index, preferred: index % 2 == 0 ? ["thuc-pham"] : [])
        }
        return try BoothAllocationProblem(
            title: "Chật", venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones),
            parties: parties)
    }

    @Test("no plan keeping the queue rule scores above the narrowed bound, on crowded tiny instances")
    func aboveTheOptimum() throws {
        var lowered = 0
        for seed: UInt64 in 1...40 {
            let problem = try Self.crowded(seed: seed)
            let relaxation = BoothUpperBound.Relaxation(problem: problem)
            let optimum = BoothOptimalityTests.optimum(problem)
            let bound = BoothUpperBound(problem: problem).points
            let plain = try Self.withoutQueue(relaxation)
            #expect(bound >= optimum - 1e-6, "seed \(seed)")
            #expect(bound <= plain + 1e-6, "seed \(seed)")
            if bound < plain - 1e-6 { lowered += 1 }
        }
        // The queue rule binds on some of them (6 of the 40, by up to 133 points, with earliness
        // counted per booth; 6, by up to 113, when it was counted per party).
        #expect(lowered >= 5)
    }

    @Test("blocks sharing no booth are counted along the lines, with the services they must offer")
    func packing() throws {
        let venue = BoothFixtures.venue(
            rows: [
                BoothFixtures.Row(zone: "thuc-pham", services: [[.water], [], [], [], [.water]]),
                BoothFixtures.Row(zone: "thuc-pham", services: [[], [], [], [], []], blocked: [2]),
            ], zones: BoothFixtures.zones)
        let parties = [
            BoothFixtures.party("a", booths: 2, food: true, fresh: true, hour: 8),
            BoothFixtures.party("b", booths: 2, food: true, hour: 9),
            BoothFixtures.party("c", booths: 1, food: true, hour: 10),
        ]
        let problem = try BoothAllocationProblem(title: "Khối", venue: venue, parties: parties)
        let relaxation = BoothUpperBound.Relaxation(problem: problem)
        func packing(of p: Int) throws -> Int {
            try #require(relaxation.classes.first { $0.parties.contains(p) }).packing
        }
        // Fresh food, two booths: in the first row, windows [0, 1] and [3, 4] offer water ([2, 3]
        // does not); the second row has none.
        #expect(try packing(of: 0) == 2)
        // Two booths, no service: two windows in the first row, one in each half of the second.
        #expect(try packing(of: 1) == 4)
        // One booth: every booth that may be let.
        #expect(try packing(of: 2) == 9)
    }

    @Test("walls beside a blocked booth bring no neighbour to the bound")
    func blockedNeighbour() throws {
        let problem = try BoothInstanceGenerator.make(scale: .regional, seed: 1).problem()
        #expect(problem.venue.booths.contains { $0.blocked })
        var venue = problem.venue
        venue.booths.removeAll { $0.blocked }
        let without = try BoothAllocationProblem(
            title: problem.title, venue: venue, parties: problem.parties, policy: problem.policy)
        #expect(
            abs(BoothUpperBound(problem: problem).points - BoothUpperBound(problem: without).points) < 1e-6)
    }

    /// Checks that a plan places each class's first parties, as many as the narrowed counts
    /// allow, and that the bound lies between the plan and the relaxation without the queue rule.
    /// Run on the allocator's plans by ``BoothUpperBoundTests``.
    static func expectInTheBox(_ problem: BoothAllocationProblem, _ result: BoothAllocation) throws {
        let placed = Set(result.placements.map(\.party))
        let relaxation = BoothUpperBound.Relaxation(problem: problem)
        var box = BoothUpperBound.Box(
            least: relaxation.classes.map { _ in 0 }, most: relaxation.classes.map(\.parties.count))
        #expect(relaxation.narrow(&box))
        for (c, kind) in relaxation.classes.enumerated() {
            let flags = kind.parties.map { placed.contains(problem.parties[$0].id) }
            let count = flags.filter { $0 }.count
            #expect(flags == flags.indices.map { $0 < count }, "class \(c) places its first parties")
            #expect((box.least[c]...box.most[c]).contains(count), "class \(c): \(count)")
        }
        #expect(BoothUpperBound(problem: problem).points <= (try Self.withoutQueue(relaxation)) + 1e-6)
    }
}
