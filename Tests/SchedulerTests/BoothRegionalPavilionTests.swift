import Planning
import TestSupport
import Testing

@testable import Scheduler

/// Regional pavilions and cluster grouping: a province's parties stand in the pavilion of its
/// region, a cluster's provinces side by side, on the demo's fair in a hall built like the
/// national fair hall (`Venues/trung-tam-hoi-cho-quoc-gia.xml`).
@Suite("Booth regional pavilions")
struct BoothRegionalPavilionTests {
    /// The national fair hall as `Venues/trung-tam-hoi-cho-quoc-gia.xml` describes it: the same
    /// booth rows, zones, services, blocked booths and main aisles (the Scheduler tests read no
    /// files, so the venue is built in code).
    static func nationalHall() -> Venue {
        let zones = [
            Zone(
                id: "tinh-1", name: "Gian hàng các tỉnh miền núi phía Bắc", hall: "H1",
                tags: ["province-pavilion", "agri-food"]),
            Zone(
                id: "tinh-2", name: "Gian hàng các tỉnh đồng bằng sông Hồng", hall: "H1",
                tags: ["province-pavilion", "agri-food"]),
            Zone(
                id: "tinh-3", name: "Gian hàng các tỉnh miền Trung", hall: "H1",
                tags: ["province-pavilion", "agri-food"]),
            Zone(
                id: "tinh-4", name: "Gian hàng các tỉnh phía Nam", hall: "H1",
                tags: ["province-pavilion", "agri-food"]),
            Zone(id: "thu-cong", name: "Khu thủ công mỹ nghệ", hall: "H1", tags: ["handicraft"]),
            Zone(id: "ocop", name: "Khu sản phẩm OCOP 4–5 sao", hall: "H1", tags: ["ocop", "agri-food"]),
            Zone(id: "am-thuc", name: "Khu ẩm thực", hall: "H1", tags: ["food", "agri-food"]),
            Zone(id: "dich-vu", name: "Khu dịch vụ", hall: "H1", tags: ["services"]),
            Zone(id: "san-khau", name: "Sân khấu", hall: "H1", tags: ["stage"]),
        ]
        let tags = Dictionary(uniqueKeysWithValues: zones.map { ($0.id, $0.tags) })
        let power: Set<BoothService> = [.power]
        let fresh: Set<BoothService> = [.power, .water, .coldStorage]
        /// A `booth-row` with corners at both ends.
        func row(
            _ letter: String, from: Int, count: Int, x: Double, y: Double, front: Side, zone: String,
            services: Set<BoothService>
        ) -> [Booth] {
            (0..<count).map { index in
                var open: Set<Side> = [front]
                if index == 0 { open.insert(.west) }
                if index == count - 1 { open.insert(.east) }
                let number = from + index
                return Booth(
                    code: "\(letter)-\(number < 10 ? "0" : "")\(number)", hall: "H1",
                    rect: Rect(x: x + Double(index) * 3, y: y, width: 3, depth: 3),
                    kind: open.count > 1 ? .corner : .standard, front: front, openSides: open, zone: zone,
                    tags: tags[zone] ?? [], services: services)
            }
        }
        let rows: [(String, Int, Int, Double, Double, Side, String, Set<BoothService>)] = [
            ("A", 1, 8, 3, 3, .north, "tinh-1", power), ("A", 9, 9, 30, 3, .north, "tinh-1", power),
            ("B", 1, 8, 3, 6, .south, "tinh-1", fresh), ("B", 9, 9, 30, 6, .south, "tinh-1", fresh),
            ("C", 1, 8, 3, 13, .north, "tinh-2", power), ("C", 9, 9, 30, 13, .north, "tinh-2", power),
            ("D", 1, 8, 3, 16, .south, "tinh-2", fresh), ("D", 9, 9, 30, 16, .south, "tinh-2", fresh),
            ("E", 1, 8, 3, 23, .north, "tinh-3", power), ("E", 9, 9, 30, 23, .north, "tinh-3", power),
            ("F", 1, 8, 3, 26, .south, "tinh-3", fresh), ("F", 9, 9, 30, 26, .south, "tinh-3", fresh),
            ("A", 18, 9, 63, 3, .north, "tinh-4", power), ("A", 27, 8, 93, 3, .north, "tinh-4", power),
            ("B", 18, 9, 63, 6, .south, "tinh-4", fresh), ("B", 27, 8, 93, 6, .south, "tinh-4", fresh),
            ("C", 18, 9, 63, 13, .north, "thu-cong", power), ("C", 27, 8, 93, 13, .north, "thu-cong", power),
            ("D", 18, 9, 63, 16, .south, "thu-cong", power), ("D", 27, 8, 93, 16, .south, "thu-cong", power),
            ("E", 18, 9, 63, 23, .north, "thu-cong", power),
            ("F", 18, 9, 63, 26, .south, "ocop", power), ("F", 27, 8, 93, 26, .south, "ocop", power),
            ("G", 1, 8, 3, 35, .north, "ocop", power), ("G", 9, 9, 30, 35, .north, "ocop", power),
            ("G", 18, 9, 63, 35, .north, "ocop", power), ("G", 27, 8, 93, 35, .north, "ocop", power),
            ("H", 1, 8, 3, 38, .south, "am-thuc", fresh), ("H", 9, 9, 30, 38, .south, "am-thuc", fresh),
        ]
        var booths = rows.flatMap {
            row($0.0, from: $0.1, count: $0.2, x: $0.3, y: $0.4, front: $0.5, zone: $0.6, services: $0.7)
        }
        for number in 27...34 {
            let open: Set<Side> = number == 27 ? [.north, .west] : number == 34 ? [.north, .east] : [.north]
            booths.append(
                Booth(
                    code: "E-\(number)", hall: "H1",
                    rect: Rect(x: 93 + Double(number - 27) * 3, y: 23, width: 3, depth: 3),
                    kind: open.count > 1 ? .corner : .standard, front: .north, openSides: open,
                    zone: "dich-vu",
                    tags: tags["dich-vu"] ?? [], services: power, blocked: [27, 28, 34].contains(number)))
        }
        return Venue(
            id: "tt-hoi-cho-quoc-gia", name: "Trung tâm Hội chợ Triển lãm Quốc gia",
            province: ProvinceReference("Hà Nội"),
            halls: [Hall(id: "H1", name: "Nhà triển lãm chính", width: 120, depth: 70)], booths: booths,
            zones: zones,
            aisles: [
                Aisle(
                    id: "chinh-doc", hall: "H1", rect: Rect(x: 57, y: 0, width: 6, depth: 70), isMain: true),
                Aisle(
                    id: "chinh-ngang", hall: "H1", rect: Rect(x: 0, y: 29, width: 120, depth: 6), isMain: true
                ),
            ])
    }

    /// The demo's first allocation: the sample fair in the national hall, with the demo's seed and
    /// budget (`RunDemo`: seed 2026, at most 3,000 iterations).
    static func demoAllocation() throws -> (BoothAllocationProblem, BoothAllocation) {
        var plan = SampleData.nationalFair()
        plan.venue = nationalHall()
        let problem = try BoothAllocationProblem(plan: plan)
        let allocation = BoothAllocator.allocate(
            problem, seed: 2026, limits: SearchLimits(timeBudget: .seconds(5), maximumIterations: 3_000),
            clock: ManualClock())
        return (problem, allocation)
    }

    /// Whether the parties' booths form one group of neighbours (shared walls or fronts facing
    /// across an aisle), parties linked when any of their booths are.
    static func sideBySide(_ parties: [PartyPlacement], adjacency: [BoothAdjacency]) -> Bool {
        guard let first = parties.first else { return true }
        var holder: [String: Identifier<ExhibitingParty>] = [:]
        for placement in parties {
            for booth in placement.booths { holder[booth] = placement.party }
        }
        var linked: [Identifier<ExhibitingParty>: Set<Identifier<ExhibitingParty>>] = [:]
        for pair in adjacency {
            guard let a = holder[pair.first], let b = holder[pair.second], a != b else { continue }
            linked[a, default: []].insert(b)
            linked[b, default: []].insert(a)
        }
        var seen: Set = [first.party]
        var stack = [first.party]
        while let party = stack.popLast() {
            for next in linked[party] ?? [] where seen.insert(next).inserted { stack.append(next) }
        }
        return seen.count == parties.count
    }

    @Test("every province of 2025 lies in one region; pavilion zones are read by name and tag")
    func regions() {
        for province in ProvinceDirectory.all {
            #expect(PavilionRegion.of(ProvinceReference(province)) != nil, "\(province.name)")
        }
        #expect(PavilionRegion.of(ProvinceReference("Cà Mau")) == .southern)
        #expect(PavilionRegion.of(ProvinceReference("Long An")) == .southern)
        #expect(PavilionRegion.of(ProvinceReference("Lào Cai")) == .northernMountains)
        #expect(PavilionRegion.of(ProvinceReference("Thái Bình")) == .redRiverDelta)
        let served = { (name: String) in PavilionRegion.served(byZoneNamed: name, tags: []) }
        #expect(served("Gian hàng các tỉnh miền núi phía Bắc") == [.northernMountains])
        #expect(served("Gian hàng các tỉnh đồng bằng sông Hồng") == [.redRiverDelta])
        #expect(served("Gian hàng các tỉnh miền Trung") == [.central])
        #expect(served("Gian hàng các tỉnh phía Nam") == [.southern])
        #expect(served("Gian hàng các tỉnh miền Bắc") == [.northernMountains, .redRiverDelta])
        #expect(served("Gian hàng tỉnh").isEmpty)
        #expect(PavilionRegion.served(byZoneNamed: "Khu A", tags: ["region-central"]) == [.central])
    }

    @Test(
        "the demo's fair: the Mekong cluster in the southern pavilion and the northern cluster in its own, each side by side"
    )
    func demoClusters() throws {
        let (problem, allocation) = try Self.demoAllocation()
        let check = BoothPlanChecker(problem: problem).check(allocation.entries)
        #expect(check.hardViolations.isEmpty, "\(check.hardViolations.map(\.vietnamese))")
        #expect(allocation.unplaced.isEmpty)
        let zone = Dictionary(uniqueKeysWithValues: problem.venue.booths.map { ($0.code, $0.zone ?? "") })
        for (cluster, pavilion) in [
            (SampleData.regionalCluster, "tinh-4"), ("Cụm thi đua miền núi phía Bắc", "tinh-1"),
        ] {
            let members = Set(problem.parties.filter { $0.cluster == cluster }.map(\.id))
            let placed = allocation.placements.filter { members.contains($0.party) }
            #expect(placed.count == members.count && members.count >= 4, "\(cluster)")
            for placement in placed {
                #expect(
                    placement.booths.allSatisfy { zone[$0] == pavilion },
                    "\(placement.name): \(placement.booths)")
            }
            let apart = !Self.sideBySide(placed, adjacency: problem.venue.adjacency())
            #expect(!apart, "\(cluster): \(placed.map(\.booths))")
        }
        let regional = try #require(allocation.score[.regionalPavilion])
        #expect(regional.value >= 38)
        #expect(regional.value <= 2 * Double(allocation.boothsLet))
        #expect(allocation.score[.clusterGrouping].map { $0.value > 0 } == true)
    }

    @Test("the new components are scored the same by the search and by the checker, and shown in the account")
    func scoredAndShown() throws {
        let (problem, allocation) = try Self.demoAllocation()
        let check = BoothPlanChecker(problem: problem).check(allocation.entries)
        #expect(abs(check.score.total - allocation.score.total) < 1e-6)
        for language in Language.allCases {
            let text = allocation.rendered(in: language)
            #expect(text.contains(ScoreComponentKind.regionalPavilion.name(in: language)))
            #expect(text.contains(ScoreComponentKind.clusterGrouping.name(in: language)))
        }
        var search = BoothSearch(problem: problem)
        search.score = (0..<search.parties.count).reduce(0) { $0 + search.partyTerms($1, nil) }
        search.construct()
        #expect(abs(search.score - search.recomputedScore()) < 1e-6)
    }

    @Test("an explicit policy names the regions of pavilions whose names do not say")
    func policyRegions() throws {
        let rows = [
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 4)),
            BoothFixtures.Row(zone: "thu-cong", services: Array(repeating: [], count: 4)),
        ]
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        let party = BoothFixtures.party("a", booths: 2, province: "Cà Mau")
        let inferred = try BoothAllocationProblem(title: "Vùng", venue: venue, parties: [party])
        #expect(inferred.pavilionRegions.isEmpty)
        let named = try BoothAllocationProblem(
            title: "Vùng", venue: venue, parties: [party],
            policy: BoothAllocationPolicy(pavilionRegions: ["tinh": [.southern]]))
        let result = BoothAllocator.allocate(
            named, seed: 1, limits: SearchLimits(maximumIterations: 500), clock: ManualClock())
        #expect(result.placements.first?.booths.allSatisfy { $0.hasPrefix("R1-") } == true)
        #expect(result.score[.regionalPavilion].map { abs($0.value - 2 * 2) < 1e-9 } == true)
    }

    @Test("the new messages are worded in both languages")
    func messages() {
        let messages: [SchedulerMessage] = [
            .boothComponent(.regionalPavilion), .boothComponent(.clusterGrouping),
            .allocationMayNotRepeat(iterations: 2_560), .allocationSearchHelp,
        ]
        for message in messages {
            #expect(!message.vietnamese.isEmpty && !message.english.isEmpty)
            #expect(message.vietnamese != message.english)
        }
    }

    @Test(
        "each province's parties stand together within their cluster, not interleaved with its other provinces"
    )
    func provincesStandTogether() throws {
        let rows = [BoothFixtures.Row(zone: "thu-cong", services: Array(repeating: [], count: 4))]
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        var parties = [
            BoothFixtures.party("an-giang-1", booths: 1, province: "An Giang", hour: 1),
            BoothFixtures.party("ca-mau-1", booths: 1, province: "Cà Mau", hour: 2),
            BoothFixtures.party("an-giang-2", booths: 1, province: "An Giang", hour: 3),
            BoothFixtures.party("ca-mau-2", booths: 1, province: "Cà Mau", hour: 4),
        ]
        for index in parties.indices { parties[index].cluster = "Cụm thi đua các tỉnh Tây Nam Bộ" }
        let problem = try BoothAllocationProblem(title: "Một cụm, hai tỉnh", venue: venue, parties: parties)
        let checker = BoothPlanChecker(problem: problem)
        func plan(_ order: [String]) -> [BoothPlanEntry] {
            order.enumerated().map { BoothPlanEntry(booth: "R1-\($0 + 1)", party: $1) }
        }
        let together = plan(["an-giang-1", "an-giang-2", "ca-mau-1", "ca-mau-2"])
        let interleaved = plan(["an-giang-1", "ca-mau-1", "an-giang-2", "ca-mau-2"])
        #expect(checker.score(of: together).total > checker.score(of: interleaved).total)
        #expect(checker.check(interleaved).findings.contains { $0.kind == .pavilionSplit })
        let optimum = BoothOptimalityTests.optimum(problem)
        for seed in [1, 2, 3] as [UInt64] {
            let result = BoothAllocator.allocate(
                problem, seed: seed, limits: SearchLimits(maximumIterations: 1_000), clock: ManualClock())
            let findings = checker.check(result.entries).findings
            #expect(!findings.contains { $0.kind == .pavilionSplit }, "seed \(seed): \(result.placements)")
            #expect(abs(result.score.total - optimum) < 1e-6)
        }
    }
}
