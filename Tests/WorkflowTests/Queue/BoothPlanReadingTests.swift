import Foundation
import Interchange
import Planning
import Scheduler
import Store
import TestSupport
import Testing

/// The booth plan a plan file reads for offers (``PlanStore/loadBoothPlan()``) against the whole
/// plan: the same allocation problem and the same offers.
@Suite("PlanStore: offers are made on what the booth allocator reads, with the whole plan's result")
struct BoothPlanReadingTests {
    /// A random registry on the national exhibition centre: parties confirmed, placed on random
    /// booths, or waiting, some of the booths of placed parties then freed.
    static func plan(seed: UInt64) throws -> Plan {
        var plan = ReviewRegistrationsTests.plan(seed: seed)
        plan.venue = try VenueReader.loadBundled(named: DemoRunner.fairVenue).venue
        var random = TestRandom(seed: seed)
        var free = plan.venue!.lettableBooths.map(\.code).shuffled(using: &random)
        for index in plan.parties.indices {
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                plan.parties[index].registrationStatus = .confirmed
            case 1:
                plan.parties[index].registrationStatus = .placed
                for _ in 0..<Int.random(in: 1...3, using: &random) where !free.isEmpty {
                    plan.boothAssignments.append(
                        BoothAssignment(booth: free.removeLast(), party: plan.parties[index].id))
                }
            default:
                plan.parties[index].registrationStatus = .waitlisted
            }
        }
        return plan
    }

    @Test(
        "the allocation problem and each withdrawal's offers equal those of the whole plan", arguments: 1...3)
    func sameOffers(seed: UInt64) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-booth-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hoi-cho.fairplan").path
        let store = try PlanStore.create(at: path, plan: try Self.plan(seed: seed))
        let whole = try store.loadPlan()
        let part = try store.loadBoothPlan()
        #expect(part.organisations.count < whole.organisations.count)
        #expect(part.products.count < whole.products.count)
        let problems = try [whole, part].map {
            try BoothAllocationProblem(scope: BoothAllocationScope(plan: $0, eligibility: .confirmedOnly))
        }
        #expect(problems[0].parties == problems[1].parties)
        #expect(problems[0].parties.contains { $0.province?.code != nil && $0.bestStars > 0 })
        var offered = 0
        for party in whole.parties where party.registrationStatus == .placed {
            let proposals = try [whole, part].map { plan in
                var plan = plan
                let freed = plan.boothAssignments.filter { $0.party == party.id }.map(\.booth)
                plan.boothAssignments.removeAll { $0.party == party.id }
                plan.parties = plan.parties.map { other in
                    var other = other
                    if other.id == party.id { other.registrationStatus = .withdrawn }
                    return other
                }
                return try BoothOfferPlanner.propose(
                    BoothOfferRound(plan: plan, freedBooths: freed, pending: [], excluded: []))
            }
            #expect(proposals[0] == proposals[1], "\(party.id)")
            offered += proposals[0].offers.count
        }
        #expect(offered > 0)
    }
}
