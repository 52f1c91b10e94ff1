import Planning
import Testing

@testable import Scheduler

@Suite("BoothGeometry")
struct BoothGeometryTests {
    /// Two rows of five booths back to back, and a third row of five across an aisle.
    static func venue() -> Venue {
        let rows = (0..<3).map { _ in
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 5))
        }
        return BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
    }

    /// Every set of `size` booths joined by shared walls, counted by brute force.
    static func connectedCount(_ geometry: BoothGeometry, size: Int) -> Int {
        let n = geometry.booths.count
        var count = 0
        for mask in 0..<(1 << n) where mask.nonzeroBitCount == size {
            let members = (0..<n).filter { mask & (1 << $0) != 0 }
            var seen: Set<Int> = [members[0]]
            var stack = [members[0]]
            while let b = stack.popLast() {
                for w in geometry.walls[b] where mask & (1 << w) != 0 && seen.insert(w).inserted {
                    stack.append(w)
                }
            }
            if seen.count == size { count += 1 }
        }
        return count
    }

    @Test("candidates: every connected block once, straight runs first, then compact, then others")
    func candidateOrder() throws {
        let geometry = BoothGeometry(venue: Self.venue())
        let allowed = Array(repeating: true, count: geometry.booths.count)
        for size in 1...5 {
            let list = BoothSearch.candidates(
                size: size, pins: [], services: [], allowed: allowed, geometry: geometry)
            #expect(list.blocks.count == Self.connectedCount(geometry, size: size), "size \(size)")
            #expect(Set(list.blocks).count == list.blocks.count)
            let rank: [BlockShape: Int] = [.straight: 0, .compact: 1, .other: 2]
            let ranks = list.shapes.map { rank[$0] ?? 3 }
            #expect(ranks == ranks.sorted(), "size \(size)")
            #expect(list.straightCount == list.shapes.filter { $0 == .straight }.count)
            for (index, block) in list.blocks.enumerated() {
                #expect(list.position[block] == index)
                #expect(geometry.shape(of: block) == list.shapes[index])
            }
        }
        let fives = BoothSearch.candidates(
            size: 5, pins: [], services: [], allowed: allowed, geometry: geometry)
        // Rows 1 and 2 hold 2 × 3 less a corner four ways at each of three places (a 2 × 3 less
        // the middle of a side is a U, not compact).
        #expect(fives.shapes.filter { $0 == .compact }.count == 12)

        #expect(fives.straightCount == 3)
    }

    @Test("the allocator's shapes agree with the checker's compactness on every 4-booth block")
    func shapesAgreeWithChecker() throws {
        let venue = Self.venue()
        let problem = try BoothAllocationProblem(
            title: "Hình khối", venue: venue, parties: [BoothFixtures.party("x", booths: 4)])
        let geometry = BoothGeometry(venue: venue)
        let checker = BoothPlanChecker(problem: problem)
        let list = BoothSearch.candidates(
            size: 4, pins: [], services: [], allowed: Array(repeating: true, count: geometry.booths.count),
            geometry: geometry)
        for (block, shape) in zip(list.blocks, list.shapes) {
            let entries = block.map { BoothPlanEntry(booth: geometry.booths[$0].code, party: "x") }
            #expect(checker.score(of: entries)[.compactness]?.value == -shape.penalty)
        }
    }

    @Test("pins and services narrow the candidates; pins that cannot grow stand alone")
    func pinsAndServices() throws {
        var rows = (0..<2).map { _ in
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 5))
        }
        rows[1].services[4] = [.water]
        let geometry = BoothGeometry(venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones))
        var allowed = Array(repeating: true, count: geometry.booths.count)
        // Six booths join the pin R1-1 (0) to the only water, R2-5 (9): no straight run does.
        let water = BoothSearch.candidates(
            size: 6, pins: [0], services: [.water], allowed: allowed, geometry: geometry)
        #expect(water.blocks.contains([0, 1, 2, 3, 4, 9]))
        #expect(water.blocks.contains([0, 5, 6, 7, 8, 9]))
        #expect(water.blocks.allSatisfy { $0.contains(0) && $0.contains(9) })
        #expect(water.straightCount == 0)
        let pinned = BoothSearch.candidates(
            size: 3, pins: [0], services: [], allowed: allowed, geometry: geometry)
        #expect(pinned.blocks.allSatisfy { $0.contains(0) })
        #expect(pinned.blocks.first == [0, 1, 2])
        allowed[1] = false
        allowed[5] = false
        let stuck = BoothSearch.candidates(
            size: 2, pins: [0], services: [], allowed: allowed, geometry: geometry)
        #expect(stuck.blocks == [[0]])
    }
}
