import Planning
import Scheduler
import TestSupport
import Testing

/// Random fairs where demand exceeds the booths, every party of equal priority: an allocation is
/// published, a placed party withdraws, its booths are offered to the waiting list, the offers
/// are accepted, and the booths are allocated again. Each step is held to ``BoothQueueChecker``.
@Suite("Booth queue: property test over random withdrawals")
struct BoothQueuePropertyTests {
    /// A random plan: rows of booths in zones with services; parties of one priority, registered at
    /// random hours (ties included), wanting 1–3 booths, some showing food or fresh food, some
    /// needing power; confirmed.
    static func plan(seed: UInt64) -> Plan {
        var generator = SeededGenerator(seed: seed)
        let zoneIDs = ["tinh", "thu-cong", "thuc-pham"]
        let rows = (0..<Int.random(in: 2...4, using: &generator)).map { _ in
            BoothFixtures.Row(
                zone: zoneIDs[Int.random(in: 0..<3, using: &generator)],
                services: (0..<Int.random(in: 3...6, using: &generator)).map { _ in
                    let draw = Int.random(in: 0..<6, using: &generator)
                    return draw == 0
                        ? [.water] : draw == 1 ? [.power] : draw == 2 ? [.water, .coldStorage] : []
                },
                blocked: Int.random(in: 0..<5, using: &generator) == 0 ? [0] : [])
        }
        let venue = BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones)
        let day = CalendarDate(year: 2026, month: 12, day: 10)!
        var plan = Plan(
            event: Event(
                id: "hoi-cho", name: "Hội chợ thử", kind: .fair, organiser: "Liên minh HTX",
                province: ProvinceReference("Cần Thơ"),
                days: [EventDay(date: day, opens: TimeOfDay(hour: 8)!, closes: TimeOfDay(hour: 17)!)]),
            venue: venue)
        let provinces = ["An Giang", "Cà Mau", "Cần Thơ", "Đồng Tháp"]
        let count = venue.booths.count / 2 + Int.random(in: 2...6, using: &generator)
        for index in 0..<count {
            let id = Identifier<ExhibitingParty>("dv-\(index)")
            let hour = Int.random(in: 0..<6, using: &generator)
            let time = CalendarDate(year: 2026, month: 10, day: 1 + hour / 3).map {
                LocalDateTime(date: $0, time: TimeOfDay(hour: 8 + hour % 3)!)
            }
            plan.parties.append(
                ExhibitingParty(
                    id: id, name: "Đơn vị \(index)",
                    kind: .provincialAlliance(
                        ProvinceReference(provinces[Int.random(in: 0..<4, using: &generator)])),
                    registeredAt: time, registrationStatus: .confirmed))
            let kind = Int.random(in: 0..<4, using: &generator)
            var products: [Identifier<Product>] = []
            if kind > 0 {
                let product = Identifier<Product>("sp-\(index)")
                plan.products.append(
                    Product(
                        id: product, name: "Sản phẩm \(index)", owner: Identifier("tc-\(index)"),
                        classification: .productSet(
                            kind == 3 ? 21 : Int.random(in: 1...13, using: &generator)),
                        needsColdChain: kind == 2))
                products.append(product)
            }
            plan.boothRequests.append(
                BoothRequest(
                    id: Identifier("dk-\(index)"), party: id,
                    boothsWanted: Int.random(in: 1...3, using: &generator),
                    products: products,
                    servicesNeeded: Int.random(in: 0..<5, using: &generator) == 0 ? [.power] : [],
                    preferredZones: [zoneIDs[Int.random(in: 0..<3, using: &generator)]]))
        }
        return plan
    }

    /// The allocation problem of a plan as a plan file runs it (confirmed registrations only).
    static func problem(_ plan: Plan) throws -> BoothAllocationProblem {
        try BoothAllocationProblem(scope: BoothAllocationScope(plan: plan, eligibility: .confirmedOnly))
    }

    /// Saves an allocation in the plan: booths assigned, parties placed or waitlisted.
    static func apply(_ allocation: BoothAllocation, to plan: inout Plan) {
        plan.boothAssignments = allocation.boothAssignments
        let placed = Set(allocation.placements.map(\.party))
        for index in plan.parties.indices where plan.parties[index].registrationStatus != .withdrawn {
            plan.parties[index].registrationStatus =
                placed.contains(plan.parties[index].id) ? .placed : .waitlisted
        }
    }

    /// The allocation of a plan, held to the plan checker and the queue checker.
    static func allocateAndCheck(_ plan: Plan, seed: UInt64, step: String) throws -> BoothAllocation {
        let problem = try Self.problem(plan)
        let allocation = BoothAllocator.allocate(
            problem, seed: seed, limits: SearchLimits(maximumIterations: 300), clock: ManualClock())
        let hard = BoothPlanChecker(problem: problem).check(allocation.entries).hardViolations
        #expect(hard.isEmpty, "seed \(seed), \(step): \(hard.map(\.vietnamese))")
        let violations = BoothQueueChecker(problem: problem).check(allocation)
        #expect(violations.isEmpty, "seed \(seed), \(step): \(violations)")
        return allocation
    }

    @Test("100 random withdrawals: the queue order is kept and every reason is true")
    func randomWithdrawals() throws {
        var offered = 0
        var waiting = 0
        for seed in 1...100 as ClosedRange<UInt64> {
            var plan = Self.plan(seed: seed)
            Self.apply(try Self.allocateAndCheck(plan, seed: seed, step: "first allocation"), to: &plan)
            var generator = SeededGenerator(seed: seed &+ 1_000)
            let placed = plan.parties.filter { $0.registrationStatus == .placed }
            guard !placed.isEmpty else { continue }
            let leaving = placed[Int.random(in: 0..<placed.count, using: &generator)].id
            let freed = plan.boothAssignments.filter { $0.party == leaving }.map(\.booth).sorted()
            plan.boothAssignments.removeAll { $0.party == leaving }
            if let index = plan.parties.firstIndex(where: { $0.id == leaving }) {
                plan.parties[index].registrationStatus = .withdrawn
            }
            waiting += plan.parties.filter { $0.registrationStatus == .waitlisted }.count

            // Re-allocation straight after the withdrawal (the defect's path).
            _ = try Self.allocateAndCheck(plan, seed: seed, step: "re-allocation after the withdrawal")

            // The offers: valid blocks, and the parties passed over have no block free or offered to
            // parties after them.
            let proposal = try BoothOfferPlanner.propose(BoothOfferRound(plan: plan, freedBooths: freed))
            offered += proposal.offers.count
            let problem = try Self.problem(plan)
            let entries =
                plan.boothAssignments.map { BoothPlanEntry(booth: $0.booth, party: $0.party.rawValue) }
                + proposal.offers.flatMap { offer in
                    offer.booths.map { BoothPlanEntry(booth: $0, party: offer.party.rawValue) }
                }
            let check = BoothPlanChecker(problem: problem).check(entries)
            #expect(
                check.hardViolations.isEmpty,
                "seed \(seed), offers: \(check.hardViolations.map(\.vietnamese))")
            let waitingParties = WaitingList.ordered(plan.parties).map(\.id)
            let offeredParties = proposal.offers.map(\.party)
            #expect(offeredParties == waitingParties.filter { offeredParties.contains($0) })
            #expect(proposal.passedOver == waitingParties.filter { !offeredParties.contains($0) })
            let queue = BoothQueueChecker(problem: problem).queueViolations(
                entries: entries, for: waitingParties, movable: Set(offeredParties))
            #expect(queue.isEmpty, "seed \(seed), offers: \(queue)")

            // Every offer accepted, then the booths allocated again.
            for offer in proposal.offers {
                plan.boothAssignments += offer.booths.map { BoothAssignment(booth: $0, party: offer.party) }
                if let index = plan.parties.firstIndex(where: { $0.id == offer.party }) {
                    plan.parties[index].registrationStatus = .placed
                }
            }
            _ = try Self.allocateAndCheck(plan, seed: seed, step: "re-allocation after the offers")
        }
        // The instances do exercise the rule: parties wait and offers are made.
        #expect(waiting > 100)
        #expect(offered > 20)
    }
}
