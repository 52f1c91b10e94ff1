import Planning
import Scheduler
import TestSupport
import Testing

/// The pavilion queue: a region's pavilion is let in the queue's order, so a later party never
/// keeps a place there that an earlier party of the region could take, whatever the score.
@Suite("Booth allocation lets a regional pavilion in queue order")
struct BoothPavilionQueueTests {
    static let cluster = "Cụm thi đua các tỉnh Tây Nam Bộ"

    /// A southern pavilion of five booths (R1), a handicraft row of four single booths between
    /// blocked ones (R2) and a food row of four (R3). The first party (An Giang, food, no cluster)
    /// wants four booths; five later one-booth parties of one other province (Cà Mau, one cluster,
    /// kept by the policy to the pavilion and the handicraft row) would fill the pavilion wall to
    /// wall, which the score alone prefers to the first party there and the others apart.
    static func problem() throws -> BoothAllocationProblem {
        let rows = [
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 5)),
            BoothFixtures.Row(
                zone: "thu-cong", services: Array(repeating: [], count: 7), blocked: [1, 3, 5]),
            BoothFixtures.Row(zone: "thuc-pham", services: Array(repeating: [], count: 4)),
        ]
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        var parties = [BoothFixtures.party("som", booths: 4, province: "An Giang", food: true, hour: 1)]
        for index in 1...5 {
            parties.append(
                BoothFixtures.party("ca-mau-\(index)", booths: 1, province: "Cà Mau", hour: 1 + index))
        }
        for index in parties.indices.dropFirst() { parties[index].cluster = cluster }
        return try BoothAllocationProblem(
            title: "Gian hàng phía Nam", venue: venue, parties: parties,
            policy: BoothAllocationPolicy(
                requiredZonesByProvince: ["Cà Mau": ["tinh", "thu-cong"]],
                pavilionRegions: ["tinh": [.southern]]))
    }

    /// A plan from each party's booths.
    static func entries(_ plan: [String: [String]]) -> [BoothPlanEntry] {
        plan.flatMap { party, booths in booths.map { BoothPlanEntry(booth: $0, party: party) } }
    }

    /// The plan the score alone prefers: the five later parties fill the pavilion wall to wall,
    /// the first party stands in the food row.
    static let laterPartiesInside = entries([
        "som": ["R3-1", "R3-2", "R3-3", "R3-4"], "ca-mau-1": ["R1-1"], "ca-mau-2": ["R1-2"],
        "ca-mau-3": ["R1-3"], "ca-mau-4": ["R1-4"], "ca-mau-5": ["R1-5"],
    ])

    @Test(
        "the first party of the region stands in the pavilion, though the score alone prefers the later ones there"
    )
    func firstPartyInside() throws {
        let problem = try Self.problem()
        let checker = BoothPlanChecker(problem: problem)
        let optimum = BoothOptimalityTests.optimum(problem)
        for seed in [1, 2, 3] as [UInt64] {
            let result = BoothAllocator.allocate(
                problem, seed: seed, limits: SearchLimits(maximumIterations: 2_000), clock: ManualClock())
            let first = result.placements.first { $0.party == "som" }
            #expect(
                first?.booths.allSatisfy { $0.hasPrefix("R1-") } == true, "seed \(seed): \(result.placements)"
            )
            #expect(result.unplaced.isEmpty)
            #expect(BoothQueueChecker(problem: problem).check(result).isEmpty)
            #expect(checker.score(of: Self.laterPartiesInside).total > result.score.total)
            #expect(abs(result.score.total - optimum) < 1e-6)
        }
    }

    @Test("the checker names the later parties holding the pavilion an earlier party of the region could use")
    func checkerCatchesLaterParties() throws {
        let problem = try Self.problem()
        let checker = BoothQueueChecker(problem: problem)
        #expect(
            checker.pavilionViolations(entries: Self.laterPartiesInside) == [
                .laterPartyHoldsPavilionBooths(
                    party: "som", block: ["R1-1", "R1-2", "R1-3", "R1-4"],
                    laterHolders: ["ca-mau-1", "ca-mau-2", "ca-mau-3", "ca-mau-4"])
            ])
        #expect(checker.check(entries: Self.laterPartiesInside, unplaced: []).count == 1)
        // The plan checker tells the organiser, in both languages, where the party could stand.
        let findings = BoothPlanChecker(problem: problem).check(Self.laterPartiesInside).findings
            .filter { $0.kind == .outsideRegionalPavilion }
        #expect(findings.map(\.party) == ["som"])
        #expect(findings.allSatisfy { !$0.isHard })
        #expect(
            findings.first?.text(.vietnamese)
                == "Đơn vị som đứng ngoài Gian hàng tỉnh (khu của vùng mình) trong khi 4 gian liền nhau ở đó "
                + "(R1-1, R1-2, R1-3, R1-4) còn trống hoặc thuộc đơn vị được xét sau.")
        #expect(
            findings.first?.text(.english).contains("(R1-1, R1-2, R1-3, R1-4) are free or held by") == true)
        // The first Cà Mau party outside while a later one holds the pavilion's fourth booth.
        let secondInside = Self.entries([
            "som": ["R1-1", "R1-2", "R1-3", "R1-4"], "ca-mau-1": ["R2-1"], "ca-mau-2": ["R1-5"],
            "ca-mau-3": ["R2-3"], "ca-mau-4": ["R2-5"], "ca-mau-5": ["R2-7"],
        ])
        #expect(
            checker.pavilionViolations(entries: secondInside) == [
                .laterPartyHoldsPavilionBooths(party: "ca-mau-1", block: ["R1-5"], laterHolders: ["ca-mau-2"])
            ])
        // Parties outside while earlier parties fill the pavilion keep the rule.
        let inOrder = Self.entries([
            "som": ["R1-1", "R1-2", "R1-3", "R1-4"], "ca-mau-1": ["R1-5"], "ca-mau-2": ["R2-1"],
            "ca-mau-3": ["R2-3"], "ca-mau-4": ["R2-5"], "ca-mau-5": ["R2-7"],
        ])
        #expect(checker.pavilionViolations(entries: inOrder).isEmpty)
        #expect(
            !BoothPlanChecker(problem: problem).check(inOrder).findings.contains {
                $0.kind == .outsideRegionalPavilion
            })
        let second = BoothPlanChecker(problem: problem).check(secondInside).findings
            .filter { $0.kind == .outsideRegionalPavilion }
        #expect(second.map(\.party) == ["ca-mau-1"])
        #expect(second.first?.text(.english).contains("while booth R1-5 there is free") == true)
    }

    /// A random fair with a southern pavilion (R1) often too small for the region: a handicraft
    /// row and a food row beside it; six to twelve parties of three southern provinces and one
    /// central one, wanting one to three booths, some showing food, each province's cluster its
    /// region's, registered at random hours (ties included).
    static func randomProblem(seed: UInt64) throws -> BoothAllocationProblem {
        var generator = SeededGenerator(seed: seed)
        let rows = ["tinh", "thu-cong", "thuc-pham"].map { zone in
            BoothFixtures.Row(
                zone: zone,
                services: (0..<Int.random(in: 3...6, using: &generator)).map { _ in
                    Int.random(in: 0..<3, using: &generator) == 0 ? [.water] : []
                })
        }
        let provinces = ["An Giang", "Cà Mau", "Cần Thơ", "Đà Nẵng"]
        let parties = (0..<Int.random(in: 6...12, using: &generator)).map { index in
            let province = provinces[Int.random(in: 0..<4, using: &generator)]
            var party = BoothFixtures.party(
                "p\(index)", booths: Int.random(in: 1...3, using: &generator), province: province,
                food: Int.random(in: 0..<3, using: &generator) == 0,
                sets: [Int.random(in: 1...3, using: &generator)],
                stars: [0, 3, 4, 5][Int.random(in: 0..<4, using: &generator)],
                hour: Int.random(in: 0..<8, using: &generator))
            party.cluster = province == "Đà Nẵng" ? "Cụm thi đua miền Trung" : cluster
            return party
        }
        return try BoothAllocationProblem(
            title: "Ngẫu nhiên", venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones),
            parties: parties, policy: BoothAllocationPolicy(pavilionRegions: ["tinh": [.southern]]))
    }

    @Test("on random fairs every plan keeps the queue rule and the pavilion queue, with true reasons")
    func randomFairs() throws {
        var contended = 0
        for seed in 1...40 as ClosedRange<UInt64> {
            let problem = try Self.randomProblem(seed: seed)
            let pavilion = problem.venue.booths.filter { $0.zone == "tinh" && !$0.blocked }.count
            let southern = problem.parties.filter { problem.region(of: $0) == .southern && !$0.showsFood }
            if southern.map(\.boothsWanted).reduce(0, +) > pavilion { contended += 1 }
            let result = BoothAllocator.allocate(
                problem, seed: seed, limits: SearchLimits(maximumIterations: 2_000), clock: ManualClock())
            #expect(BoothQueueChecker(problem: problem).check(result).isEmpty, "seed \(seed)")
            let check = BoothPlanChecker(problem: problem).check(result.entries)
            #expect(check.hardViolations.isEmpty)
            #expect(!check.findings.contains { $0.kind == .outsideRegionalPavilion }, "seed \(seed)")
        }
        #expect(contended >= 10, "\(contended) fairs where the region wants more than its pavilion")
    }

    @Test("the plan checker finds a block whose services lie in different booths")
    func servicesInDifferentBooths() throws {
        let rows = [
            BoothFixtures.Row(zone: "tinh", services: [[.power], [.water], [], []]),
            BoothFixtures.Row(zone: "thu-cong", services: [[.power, .water], []]),
        ]
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        let party = BoothFixtures.party(
            "dien-nuoc", booths: 2, province: "An Giang", services: [.power, .water])
        let problem = try BoothAllocationProblem(
            title: "Dịch vụ", venue: venue, parties: [party],
            policy: BoothAllocationPolicy(pavilionRegions: ["tinh": [.southern]]))
        let outside = Self.entries(["dien-nuoc": ["R2-1", "R2-2"]])
        let findings = BoothPlanChecker(problem: problem).check(outside).findings
            .filter { $0.kind == .outsideRegionalPavilion }
        #expect(findings.first?.text(.english).contains("(R1-1, R1-2)") == true, "\(findings)")
        #expect(
            BoothQueueChecker(problem: problem).pavilionViolations(entries: outside) == [
                .laterPartyHoldsPavilionBooths(party: "dien-nuoc", block: ["R1-1", "R1-2"], laterHolders: [])
            ])
    }
}
