import Planning
import Scheduler
import TestSupport
import Testing

@Suite("Booth allocation serves the queue in order")
struct BoothQueueTests {
    static let limits = SearchLimits(maximumIterations: 2_000)

    /// The defect of issue 11: two waiting parties of equal priority; a withdrawal frees two
    /// booths (R1-1, R1-2), the only ones left. The later party has five stars, food for the
    /// pavilion and the booths in its preferred zone, so the score favours it; the earlier one
    /// must still be served first, and the later one's reason must be true.
    static func withdrawalProblem() throws -> BoothAllocationProblem {
        let rows = [
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 4)),
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 4)),
        ]
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        var placed = [
            BoothFixtures.party("p1", booths: 2, province: "Cà Mau", hour: 1),
            BoothFixtures.party("p2", booths: 2, hour: 2),
            BoothFixtures.party("p3", booths: 2, hour: 3),
        ]
        for index in placed.indices { placed[index].registrationStatus = .placed }
        var first = BoothFixtures.party("som", booths: 2, hour: 9)
        first.registrationStatus = .waitlisted
        var second = BoothFixtures.party(
            "muon", booths: 2, province: "Cà Mau", food: true, stars: 5, hour: 10, preferred: ["tinh"])
        second.registrationStatus = .waitlisted
        let published = [
            BoothAssignment(booth: "R1-3", party: "p1"), BoothAssignment(booth: "R1-4", party: "p1"),
            BoothAssignment(booth: "R2-1", party: "p2"), BoothAssignment(booth: "R2-2", party: "p2"),
            BoothAssignment(booth: "R2-3", party: "p3"), BoothAssignment(booth: "R2-4", party: "p3"),
        ]
        return try BoothAllocationProblem(
            title: "Rút đăng ký", venue: venue, parties: placed + [second, first], published: published)
    }

    @Test("after a withdrawal, re-allocation gives the freed booths to the earlier of two equal parties")
    func earlierPartyServedFirst() throws {
        let problem = try Self.withdrawalProblem()
        for seed in [1, 2, 3] as [UInt64] {
            let result = BoothAllocator.allocate(
                problem, seed: seed, limits: Self.limits, clock: ManualClock())
            let placed = Set(result.placements.map(\.party))
            #expect(placed.contains("som"), "seed \(seed): \(result.placements.map(\.party))")
            #expect(!placed.contains("muon"))
            #expect(result.unplaced.map(\.party) == ["muon"])
            #expect(result.unplaced.first?.reason == .noFreeBlock(booths: 2))
            #expect(BoothQueueChecker(problem: problem).check(result).isEmpty)
        }
    }

    @Test("the checker catches a later party on booths an earlier one could use, and the false reason")
    func checkerCatchesTheDefect() throws {
        let problem = try Self.withdrawalProblem()
        let entries =
            problem.published.map { BoothPlanEntry(booth: $0.booth, party: $0.party.rawValue) } + [
                BoothPlanEntry(booth: "R1-1", party: "muon"), BoothPlanEntry(booth: "R1-2", party: "muon"),
            ]
        let unplaced = [
            UnplacedParty(
                party: "som", name: "Đơn vị som", province: "An Giang", boothsWanted: 2,
                reason: .noFreeBlock(booths: 2), waitingListPosition: 1)
        ]
        let violations = BoothQueueChecker(problem: problem).check(entries: entries, unplaced: unplaced)
        #expect(
            violations == [
                .laterPartyHoldsUsableBooths(party: "som", block: ["R1-1", "R1-2"], laterHolders: ["muon"]),
                .reasonNotTrue(party: "som", reason: .noFreeBlock(booths: 2)),
            ])
        let wrongReason = [
            UnplacedParty(
                party: "som", name: "Đơn vị som", province: "An Giang", boothsWanted: 2,
                reason: .noContiguousBlock(booths: 2), waitingListPosition: 2)
        ]
        let more = BoothQueueChecker(problem: problem).check(entries: entries, unplaced: wrongReason)
        #expect(more.contains(.reasonNotTrue(party: "som", reason: .noContiguousBlock(booths: 2))))
        #expect(more.contains(.waitingListOutOfOrder(["som"])))
    }

    @Test(
        "the serving order: pinned or held parties first, then priority, registration time, registration order"
    )
    func servingOrder() throws {
        let venue = BoothFixtures.venue(
            rows: [BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 6))],
            zones: BoothFixtures.zones)
        let parties = [
            BoothFixtures.party("b-tie", booths: 1, hour: 5),
            BoothFixtures.party("a-tie", booths: 1, hour: 5),
            BoothFixtures.party("early", booths: 1, hour: 1),
            BoothFixtures.party("urgent", booths: 1, hour: 9, priority: 2),
            BoothFixtures.party("pinned", booths: 1, hour: 20),
        ]
        let problem = try BoothAllocationProblem(
            title: "Thứ tự", venue: venue, parties: parties,
            fixed: [BoothAssignment(booth: "R1-6", party: "pinned", pinned: true)])
        #expect(problem.parties.map(\.id) == ["pinned", "urgent", "early", "b-tie", "a-tie"])
    }
}
