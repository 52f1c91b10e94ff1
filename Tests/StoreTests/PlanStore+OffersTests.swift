import Planning
import Store
import Testing

@Suite("PlanStore: offers of freed booths")
struct PlanStoreOffersTests {
    /// A store where p-2 withdrew and were offered to p-3.
    static func offered(_ path: String) throws -> PlanStore {
        let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
        _ = try store.withdraw(party: "p-2", at: StoreFixtures.at(12)) { _ in
            BoothOfferProposal(
                offers: [BoothOffer(party: "p-3", booths: ["A-01", "A-02"])], unoffered: [],
                passedOver: ["p-4"])
        }
        return store
    }

    @Test("accepting assigns the offered booths, places the party and removes the offer")
    func accept() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.offered(path)
            #expect(try store.acceptOffer(of: "p-4") == .noOffer)
            let answer = try store.acceptOffer(of: "p-3")
            guard case .accepted(let offer) = answer else {
                Issue.record("not accepted: \(answer)")
                return
            }
            #expect(offer.booths == ["A-01", "A-02"])
            #expect(try store.party("p-3")?.registrationStatus == .placed)
            #expect(
                try store.boothAssignments().filter { $0.party == "p-3" }.map(\.booth) == ["A-01", "A-02"])
            #expect(try store.pendingOffers().isEmpty)
            #expect(try store.checkIntegrity())
        }
    }

    @Test("an offer whose booths were taken, or whose party no longer waits, is refused and kept")
    func staleOffers() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.offered(path)
            _ = try store.saveBoothPlan([
                BoothAssignment(booth: "A-05", party: "p-1"), BoothAssignment(booth: "A-06", party: "p-1"),
                BoothAssignment(booth: "A-01", party: "p-4"), BoothAssignment(booth: "A-03", party: "p-4"),
                BoothAssignment(booth: "A-04", party: "p-4"),
            ])
            let before = try store.loadPlan()
            guard case .boothsUnavailable(_, let booths) = try store.acceptOffer(of: "p-3") else {
                Issue.record("accepted a stale offer")
                return
            }
            #expect(booths == ["A-01"])
            #expect(try store.loadPlan() == before)
            #expect(try store.pendingOffers().count == 1)
            _ = try store.saveBoothPlan([BoothAssignment(booth: "A-03", party: "p-3")])
            guard case .notWaiting(_, let status) = try store.acceptOffer(of: "p-3") else {
                Issue.record("accepted the offer of a placed party")
                return
            }
            #expect(status == .placed)
        }
    }

    @Test("declining removes the offer, keeps the party waiting and offers the booths on, without it")
    func decline() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.offered(path)
            var rounds: [BoothOfferRound] = []
            let declination = try store.declineOffer(of: "p-3", at: StoreFixtures.at(13)) { round in
                rounds.append(round)
                return BoothOfferProposal(
                    offers: [BoothOffer(party: "p-4", booths: ["A-01", "A-02", "A-03"])], unoffered: [],
                    passedOver: [])
            }
            #expect(declination?.offer.booths == ["A-01", "A-02"])
            #expect(rounds.map(\.excluded) == [["p-3"]])
            #expect(rounds.map(\.freedBooths) == [["A-01", "A-02"]])
            #expect(rounds.first?.pending.isEmpty == true)
            #expect(try store.party("p-3")?.registrationStatus == .waitlisted)
            #expect(
                try store.pendingOffers() == [
                    PendingBoothOffer(
                        party: "p-4", booths: ["A-01", "A-02", "A-03"], offeredAt: StoreFixtures.at(13),
                        reason: .declined("p-3"))
                ])
            #expect(try store.declineOffer(of: "p-3", at: StoreFixtures.at(14)) { $0.nothingOffered } == nil)
        }
    }

    @Test("withdrawing a party with an offer drops it and offers its booths again")
    func withdrawOffered() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.offered(path)
            var rounds: [BoothOfferRound] = []
            let outcome = try store.withdraw(party: "p-3", at: StoreFixtures.at(14)) { round in
                rounds.append(round)
                return round.nothingOffered
            }
            #expect(outcome.freedBooths.isEmpty)
            #expect(rounds.map(\.freedBooths) == [["A-01", "A-02"]])
            #expect(try store.pendingOffers().isEmpty)
        }
    }
}
