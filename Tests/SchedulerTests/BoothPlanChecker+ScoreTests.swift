import Planning
import Scheduler
import TestSupport
import Testing

/// The score's preference between plans that differ in one choice: who stands in two booths.
@Suite("BoothPlanChecker: what the score prefers")
struct BoothPlanCheckerScoreTests {
    /// Two rows of four handicraft booths back to back; the plans use the middle booths of the
    /// second row, which are neither corners nor on a main aisle, so only placement and
    /// neighbours differ between them.
    static func problem(_ parties: [BoothParty]) throws -> BoothAllocationProblem {
        let rows = [
            BoothFixtures.Row(zone: "thu-cong", services: Array(repeating: [], count: 4)),
            BoothFixtures.Row(zone: "thu-cong", services: Array(repeating: [], count: 4)),
        ]
        return try BoothAllocationProblem(
            title: "Điểm", venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones),
            parties: parties)
    }

    static func score(_ problem: BoothAllocationProblem, _ entries: [(String, String)]) -> BoothScore {
        BoothPlanChecker(problem: problem).check(entries.map { BoothPlanEntry(booth: $0.0, party: $0.1) })
            .score
    }

    @Test(
        "two booths let to the party served first score more than the same booths let to two parties served later"
    )
    func earlierPartyFirst() throws {
        // Served in this order; the fourth only makes the queue long enough that, counted per
        // party, the two later parties' earliness added up to more than the first's.
        let problem = try Self.problem([
            BoothFixtures.party("a", booths: 2, province: "An Giang", hour: 8),
            BoothFixtures.party("b", booths: 1, province: "Cà Mau", hour: 9),
            BoothFixtures.party("c", booths: 1, province: "Đồng Tháp", hour: 10),
            BoothFixtures.party("d", booths: 1, province: "Vĩnh Long", hour: 11),
        ])
        #expect(problem.parties.map(\.id.rawValue) == ["a", "b", "c", "d"])
        let first = Self.score(problem, [("R2-2", "a"), ("R2-3", "a")])
        let later = Self.score(problem, [("R2-2", "b"), ("R2-3", "c")])
        #expect(first[.placement]?.value == 3)
        #expect(later[.placement]?.value == 2.625)
        #expect(first.total > later.total)
        // Each booth is worth the same whoever is served first: 1 plus up to 0.5 for earliness.
        #expect(problem.placementValue(of: problem.parties[0]) == 2 * (1 + 0.5))
    }
}
