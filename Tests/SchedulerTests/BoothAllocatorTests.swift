import Foundation
import Planning
import Scheduler
import TestSupport
import Testing

@Suite("BoothAllocator")
struct BoothAllocatorTests {
    static let limits = SearchLimits(timeBudget: .seconds(60), maximumIterations: 1_500)

    /// A feasible instance: rows cut into straight segments, one party per segment, with services
    /// and food only where the segment offers them.
    static func plantedInstance(seed: UInt64) throws -> BoothAllocationProblem {
        var generator = SeededGenerator(seed: seed)
        let zoneIDs = ["tinh", "thu-cong", "thuc-pham"]
        var rows: [BoothFixtures.Row] = []
        for index in 0..<4 {
            let zone = zoneIDs[index % 3 == 2 ? 2 : Int.random(in: 0..<2, using: &generator)]
            let services: [Set<BoothService>] = (0..<6).map { _ in
                zone == "thuc-pham"
                    ? (Bool.random(using: &generator) ? [.water] : [.water, .coldStorage])
                    : Bool.random(using: &generator) ? [.power] : []
            }
            rows.append(BoothFixtures.Row(zone: zone, services: services))
        }
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        var parties: [BoothParty] = []
        for (r, row) in rows.enumerated() {
            var position = 0
            while position < row.services.count {
                let length = min(row.services.count - position, Int.random(in: 1...3, using: &generator))
                let offered = row.services[position..<(position + length)].reduce(into: Set<BoothService>()) {
                    $0.formUnion($1)
                }
                let needs = Set(offered.filter { _ in Bool.random(using: &generator) })
                let food = row.zone != "thu-cong" && Bool.random(using: &generator)
                parties.append(
                    BoothFixtures.party(
                        "p\(r)-\(position)", booths: length,
                        province: ["An Giang", "Cà Mau", "Cần Thơ"][Int.random(in: 0..<3, using: &generator)],
                        services: needs, food: food,
                        fresh: food && offered.contains(.water) && Bool.random(using: &generator),
                        sets: [Int.random(in: 1...4, using: &generator)],
                        stars: [0, 3, 4, 5][Int.random(in: 0..<4, using: &generator)],
                        hour: Int.random(in: 0..<40, using: &generator)))
                position += length
            }
        }
        parties.shuffle(using: &generator)
        return try BoothAllocationProblem(title: "Thử nghiệm \(seed)", venue: venue, parties: parties)
    }

    @Test(
        "feasible instances are placed completely with no hard violation",
        arguments: [1, 2, 3, 4] as [UInt64])
    func feasibleInstances(seed: UInt64) throws {
        let problem = try Self.plantedInstance(seed: seed)
        let result = BoothAllocator.allocate(problem, seed: seed, limits: Self.limits, clock: ManualClock())
        let check = BoothPlanChecker(problem: problem).check(result.entries)
        #expect(check.hardViolations.isEmpty, "\(check.hardViolations.map(\.vietnamese))")
        #expect(result.unplaced.isEmpty, "\(result.unplaced.map(\.reason.vietnamese))")
        #expect(result.placements.count == problem.parties.count)
        #expect(abs(check.score.total - result.score.total) < 1e-6)
    }

    @Test("the same seed gives the same plan; the search is deterministic")
    func sameSeedSamePlan() throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 3).problem()
        let limits = SearchLimits(timeBudget: .seconds(60), maximumIterations: 600)
        let first = BoothAllocator.allocate(problem, seed: 11, limits: limits, clock: ManualClock())
        let second = BoothAllocator.allocate(problem, seed: 11, limits: limits, clock: ManualClock())
        #expect(first == second)
        #expect(first.iterations == limits.maximumIterations)
    }

    @Test(
        "the sample fair in the 30-booth cluster area: no hard violation, fresh food with water, waiting list"
    )
    func sampleArea() throws {
        var plan = SampleData.nationalFair()
        plan.venue = BoothFixtures.provincialCentre()
        let problem = try BoothAllocationProblem(plan: plan)
        #expect(problem.venue.booths.count == 30)
        let result = BoothAllocator.allocate(problem, seed: 1, limits: Self.limits, clock: ManualClock())
        let check = BoothPlanChecker(problem: problem).check(result.entries)
        #expect(check.hardViolations.isEmpty, "\(check.hardViolations.map(\.vietnamese))")
        // The area has water in 4 booths only: parties needing water wait, the others are placed.
        #expect(result.boothsLet >= 14)
        for entry in result.unplaced {
            let party = try #require(problem.party(entry.party))
            #expect(!problem.services(for: party).isDisjoint(with: [.water, .coldStorage]))
            #expect(
                entry.reason == .noFreeBlock(booths: party.boothsWanted)
                    || entry.reason == .noContiguousBlock(booths: party.boothsWanted))
        }
        let booths = Dictionary(uniqueKeysWithValues: problem.venue.booths.map { ($0.code, $0) })
        for placement in result.placements {
            guard let party = problem.party(placement.party) else { continue }
            #expect(placement.booths.count == party.boothsWanted)
            if party.showsFreshFood {
                #expect(placement.booths.contains { booths[$0]?.services.contains(.water) == true })
            }
        }
        #expect(result.unplaced.map(\.waitingListPosition) == Array(1...result.unplaced.count))
        #expect(result.placements.count + result.unplaced.count == problem.parties.count)
        for language in Language.allCases {
            let text = result.rendered(in: language)
            #expect(text.contains(SchedulerMessage.waitingListHeading.text(language)))
            #expect(text.contains(SchedulerMessage.scoreByComponentHeading.text(language)))
            for entry in result.unplaced {
                #expect(text.contains(entry.reason.text(language)))
            }
        }
    }

    /// Six provinces of one cluster, 5 booths each, all showing fresh food (water and cold storage).
    static let sixProvinces = ["An Giang", "Cà Mau", "Cần Thơ", "Đồng Tháp", "Vĩnh Long", "Tây Ninh"]
        .enumerated().map { index, province in
            BoothFixtures.party(
                "lm-\(index + 1)", booths: 5, province: province, services: [.water, .coldStorage],
                fresh: true, sets: [index + 1], stars: 4, hour: index)
        }

    @Test("six 5-booth parties needing water fill a 30-booth area whose water is on one of two rows")
    func sixPartiesBentBlocks() throws {
        // Two rows of 15 booths back to back; only the second has water: three straight runs of 5
        // fit on it, so the other parties need blocks over both rows.
        let rows = [
            BoothFixtures.Row(zone: "thuc-pham", services: Array(repeating: [], count: 15)),
            BoothFixtures.Row(
                zone: "thuc-pham", services: Array(repeating: [.water, .coldStorage], count: 15)),
        ]
        let problem = try BoothAllocationProblem(
            title: "Cụm 6 tỉnh", venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones),
            parties: Self.sixProvinces)
        #expect(problem.venue.booths.count == 30)
        let result = BoothAllocator.allocate(problem, seed: 1, limits: Self.limits, clock: ManualClock())
        let check = BoothPlanChecker(problem: problem).check(result.entries)
        #expect(check.hardViolations.isEmpty, "\(check.hardViolations.map(\.vietnamese))")
        #expect(result.placements.count == 6)
        #expect(result.unplaced.isEmpty)
        #expect(result.boothsLet == 30)
        for placement in result.placements {
            #expect(placement.booths.contains { $0.hasPrefix("R2-") })
        }
        // A straight run takes five water booths of fifteen and every other party needs one, so at
        // most two straight runs fit: at least four parties bend, each a soft finding and a penalty.
        let bent = check.softFindings.filter { $0.kind == .blockNotStraight }
        #expect(bent.count >= 4)
        #expect(result.score[.compactness].map { $0.value <= -2 } == true)
        #expect(abs(check.score.total - result.score.total) < 1e-6)
    }

    @Test("the 30-booth cluster area: six parties needing water get as many blocks as its water allows")
    func provincialCentreWater() throws {
        let venue = BoothFixtures.provincialCentre()
        let problem = try BoothAllocationProblem(
            title: "Cụm Sông Cửu Long", venue: venue, parties: Self.sixProvinces)
        let result = BoothAllocator.allocate(
            problem, seed: 1, limits: SearchLimits(maximumIterations: 3_000), clock: ManualClock())
        let check = BoothPlanChecker(problem: problem).check(result.entries)
        #expect(check.hardViolations.isEmpty, "\(check.hardViolations.map(\.vietnamese))")
        // Water is on C-01…C-04 only, so at most two disjoint 5-booth blocks with water exist
        // (checked exhaustively): straight runs alone allow one.
        let most = Self.mostDisjointBlocks(venue: venue, size: 5) { $0.services.contains(.water) }
        #expect(most == 2)
        #expect(result.placements.count == most)
        #expect(result.placements.contains { placement in placement.booths.contains { $0.hasPrefix("B-") } })
        #expect(result.unplaced.allSatisfy { $0.reason == .noFreeBlock(booths: 5) })
    }

    /// The most disjoint blocks of `size` booths joined by shared walls, each holding a booth that
    /// passes `needed`, found by trying every subset of the booths reachable from such a booth.
    static func mostDisjointBlocks(venue: Venue, size: Int, needed: (Booth) -> Bool) -> Int {
        var walls: [String: Set<String>] = [:]
        for pair in venue.adjacency() where pair.kind == .sharedWall {
            walls[pair.first, default: []].insert(pair.second)
            walls[pair.second, default: []].insert(pair.first)
        }
        let start = venue.booths.filter(needed).map(\.code)
        var reach = Set(start)
        var stack = start
        while let code = stack.popLast() {
            for next in walls[code] ?? [] where reach.insert(next).inserted { stack.append(next) }
        }
        let codes = reach.sorted()
        let good = Set(venue.booths.filter(needed).map(\.code))
        func connected(_ block: [String]) -> Bool {
            var seen: Set<String> = [block[0]]
            var stack = [block[0]]
            while let code = stack.popLast() {
                for next in walls[code] ?? [] where block.contains(next) && seen.insert(next).inserted {
                    stack.append(next)
                }
            }
            return seen.count == block.count
        }
        var blocks: [Set<String>] = []
        func choose(_ from: Int, _ chosen: [String]) {
            if chosen.count == size {
                if chosen.contains(where: good.contains) && connected(chosen) { blocks.append(Set(chosen)) }
                return
            }
            guard codes.count - from >= size - chosen.count else { return }
            choose(from + 1, chosen + [codes[from]])
            choose(from + 1, chosen)
        }
        choose(0, [])
        func pack(_ index: Int, _ used: Set<String>) -> Int {
            guard index < blocks.count else { return 0 }
            let skip = pack(index + 1, used)
            guard used.isDisjoint(with: blocks[index]) else { return skip }
            return max(skip, 1 + pack(index + 1, used.union(blocks[index])))
        }
        return pack(0, [])
    }

    @Test("a straight run is taken when one is free; a bent block only when none is")
    func straightPreferred() throws {
        let rows = [
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 5)),
            BoothFixtures.Row(zone: "tinh", services: [[], [], [], [], [.water]]),
        ]
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        let free = try BoothAllocationProblem(
            title: "Dãy thẳng", venue: venue,
            parties: [
                BoothFixtures.party("a", booths: 4, stars: 5),
                BoothFixtures.party("b", booths: 3, fresh: true),
            ])
        let result = BoothAllocator.allocate(free, seed: 4, limits: Self.limits, clock: ManualClock())
        #expect(result.placements.count == 2)
        #expect(result.score[.compactness]?.value == 0)
        let check = BoothPlanChecker(problem: free).check(result.entries)
        #expect(!check.findings.contains { $0.kind == .blockNotStraight })

        let crowded = try BoothAllocationProblem(
            title: "Dãy chật", venue: venue,
            parties: [
                BoothFixtures.party("a", booths: 4, hour: 1), BoothFixtures.party("b", booths: 3, hour: 2),
                BoothFixtures.party("c", booths: 3, hour: 3),
            ])
        let packed = BoothAllocator.allocate(crowded, seed: 4, limits: Self.limits, clock: ManualClock())
        #expect(packed.boothsLet == 10)
        #expect(BoothPlanChecker(problem: crowded).check(packed.entries).hardViolations.isEmpty)
        #expect(packed.score[.compactness].map { $0.value < 0 } == true)
    }

    @Test("pinned and held booths stay with their parties")
    func pinsKept() throws {
        let rows = [
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 6)),
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 6)),
        ]
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        let parties = [
            BoothFixtures.party("a", booths: 3, food: true), BoothFixtures.party("b", booths: 2, food: true),
            BoothFixtures.party("c", booths: 1), BoothFixtures.party("d", booths: 4, food: true, stars: 5),
        ]
        let fixed = [
            BoothAssignment(booth: "R1-3", party: "a", pinned: true),
            BoothAssignment(booth: "R2-6", party: "c", state: .held),
        ]
        let problem = try BoothAllocationProblem(title: "Ghim", venue: venue, parties: parties, fixed: fixed)
        let result = BoothAllocator.allocate(problem, seed: 5, limits: Self.limits, clock: ManualClock())
        let owner = Dictionary(uniqueKeysWithValues: result.entries.map { ($0.booth, $0.party) })
        #expect(owner["R1-3"] == "a")
        #expect(owner["R2-6"] == "c")
        #expect(BoothPlanChecker(problem: problem).check(result.entries).hardViolations.isEmpty)
        #expect(result.boothAssignments.contains { $0.booth == "R1-3" && $0.pinned })
        #expect(result.boothAssignments.contains { $0.booth == "R2-6" && $0.state == .held })
    }

    @Test("fresh food never stands without water; with no water anywhere the reason says so")
    func freshFoodNeedsWater() throws {
        let withWater = [BoothFixtures.Row(zone: "thuc-pham", services: [[], [], [.water], [], []])]
        let problem = try BoothAllocationProblem(
            title: "Nước", venue: BoothFixtures.venue(rows: withWater, zones: BoothFixtures.zones),
            parties: [
                BoothFixtures.party("tuoi", booths: 2, fresh: true),
                BoothFixtures.party("kho", booths: 2, food: true),
            ])
        let result = BoothAllocator.allocate(problem, seed: 1, limits: Self.limits, clock: ManualClock())
        let fresh = try #require(result.placements.first { $0.party == "tuoi" })
        #expect(fresh.booths.contains("R1-3"))

        let dry = [BoothFixtures.Row(zone: "thuc-pham", services: Array(repeating: [], count: 5))]
        let noWater = try BoothAllocationProblem(
            title: "Không nước", venue: BoothFixtures.venue(rows: dry, zones: BoothFixtures.zones),
            parties: [BoothFixtures.party("tuoi", booths: 1, fresh: true)])
        let unplaced = try #require(
            BoothAllocator.allocate(noWater, seed: 1, limits: Self.limits, clock: ManualClock()).unplaced
                .first)
        #expect(unplaced.reason == .missingService(.water))
        #expect(
            unplaced.reason.vietnamese == SchedulerMessage.unplacedReason(.missingService(.water)).vietnamese)
        #expect(unplaced.waitingListPosition == 1)
    }

    @Test("unplaced parties get their reason and waiting-list place in service order")
    func unplacedReasons() throws {
        let rows = [BoothFixtures.Row(zone: "thu-cong", services: Array(repeating: [], count: 4))]
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        let parties = [
            BoothFixtures.party("thuc-pham", booths: 1, food: true, hour: 1),
            BoothFixtures.party("qua-lon", booths: 5, hour: 2),
            BoothFixtures.party("som", booths: 3, hour: 3),
            BoothFixtures.party("muon", booths: 2, hour: 4),
        ]
        let problem = try BoothAllocationProblem(title: "Lý do", venue: venue, parties: parties)
        let result = BoothAllocator.allocate(problem, seed: 2, limits: Self.limits, clock: ManualClock())
        let reasons = Dictionary(uniqueKeysWithValues: result.unplaced.map { ($0.party.rawValue, $0) })
        #expect(reasons["thuc-pham"]?.reason == .noFoodZone)
        #expect(reasons["qua-lon"]?.reason == .noContiguousBlock(booths: 5))
        #expect(reasons["muon"]?.reason == .noFreeBlock(booths: 2))
        #expect(reasons["som"] == nil)
        #expect(reasons["thuc-pham"]?.waitingListPosition == 1)
        #expect(reasons["muon"]?.waitingListPosition == 3)
    }

    @Test("a published plan is kept when nothing forces a move")
    func stability() throws {
        let rows = [BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 6))]
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        let parties = [
            BoothFixtures.party("a", booths: 2, stars: 3), BoothFixtures.party("b", booths: 2, stars: 5),
        ]
        let published = [
            BoothAssignment(booth: "R1-3", party: "a"), BoothAssignment(booth: "R1-4", party: "a"),
            BoothAssignment(booth: "R1-1", party: "b"), BoothAssignment(booth: "R1-2", party: "b"),
        ]
        let problem = try BoothAllocationProblem(
            title: "Ổn định", venue: venue, parties: parties, published: published)
        let result = BoothAllocator.allocate(problem, seed: 3, limits: Self.limits, clock: ManualClock())
        #expect(result.score[.stability]?.value == 0)
        #expect(
            Set(result.entries.map { "\($0.booth)=\($0.party)" })
                == Set(published.map { "\($0.booth)=\($0.party.rawValue)" }))
    }

    @Test("the result encodes to JSON with stable keys")
    func json() throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 1).problem()
        let result = BoothAllocator.allocate(
            problem, seed: 1, limits: SearchLimits(maximumIterations: 300), clock: ManualClock())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["assignment", "score", "unplaced", "seed", "stoppedBy"]))
        let score = try #require(object["score"] as? [String: Any])
        let components = try #require(score["components"] as? [[String: Any]])
        #expect(components.compactMap { $0["key"] as? String } == ScoreComponentKind.allCases.map(\.rawValue))
        let unplaced = try #require(object["unplaced"] as? [[String: Any]])
        #expect(unplaced.allSatisfy { $0["waitingListPosition"] is Int && $0["reason"] is [String: Any] })
        for entry in unplaced {
            let message = (entry["reason"] as? [String: Any])?["message"] as? [String: String]
            #expect(message.map { Set($0.keys) } == ["vietnamese", "english"])
        }
        #expect(
            components.compactMap { ($0["name"] as? [String: String])?["english"] }
                == ScoreComponentKind.allCases.map { $0.name(in: .english) })
        #expect(try JSONDecoder().decode(BoothAllocation.self, from: data) == result)
    }

    @Test("progress is reported after construction and at the end")
    func progress() throws {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var phases: [AllocationProgress.Phase] = []
        }
        let log = Log()
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: 2).problem()
        _ = BoothAllocator.allocate(
            problem, seed: 2, limits: SearchLimits(maximumIterations: 1_100), clock: ManualClock()
        ) {
            report in
            log.lock.withLock { log.phases.append(report.phase) }
        }
        #expect(log.phases.first == .constructed)
        #expect(log.phases.last == .finished)
        #expect(log.phases.contains(.searching))
    }

    @Test("invalid input is refused with every problem listed")
    func invalidInput() throws {
        let venue = BoothFixtures.venue(
            rows: [BoothFixtures.Row(zone: "tinh", services: [[], []], blocked: [1])],
            zones: BoothFixtures.zones)
        #expect(
            throws: SchedulerError.invalidInstance([
                .noBoothsRequested(party: "Đơn vị a", booths: 0), .fixedBoothNotInVenue(booth: "Z-9"),
                .fixedBoothBlocked(booth: "R1-2"),
            ])
        ) {
            try BoothAllocationProblem(
                title: "Sai", venue: venue, parties: [BoothFixtures.party("a", booths: 0)],
                fixed: [
                    BoothAssignment(booth: "Z-9", party: "a"),
                    BoothAssignment(booth: "R1-2", party: "a", pinned: true),
                ])
        }
        var plan = SampleData.nationalFair()
        plan.venue = nil
        #expect(throws: SchedulerError.invalidInstance([.noVenue])) {
            try BoothAllocationProblem(plan: plan)
        }
        var orphan = SampleData.nationalFair()
        orphan.venue = BoothFixtures.provincialCentre()
        let request = try #require(orphan.boothRequests.first)
        orphan.parties.removeAll { $0.id == request.party }
        #expect(throws: SchedulerError.unknownReference(.party, identifier: request.party.rawValue)) {
            try BoothAllocationProblem(plan: orphan)
        }
    }
}
