import Planning
import Store
import Testing

@Suite("PlanStore: registration life cycle")
struct PlanStoreRegistrationTests {
    @Test("a withdrawal frees the booths and offers them to the waiting list in order")
    func withdrawal() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            #expect(try store.waitingList().map(\.id) == ["p-4", "p-3"])
            var rounds: [BoothOfferRound] = []
            let outcome = try store.withdraw(party: "p-2", at: StoreFixtures.at(12)) { round in
                rounds.append(round)
                return BoothOfferProposal(
                    offers: [BoothOffer(party: "p-3", booths: ["A-01", "A-02"])], unoffered: [],
                    passedOver: ["p-4"])
            }
            #expect(outcome.previousStatus == .placed)
            #expect(outcome.freedBooths == ["A-01", "A-02"])
            // The proposer sees the plan after the withdrawal and the booths freed.
            #expect(rounds.map(\.freedBooths) == [["A-01", "A-02"]])
            #expect(rounds.first?.plan.party("p-2")?.registrationStatus == .withdrawn)
            #expect(outcome.proposal.offers == [BoothOffer(party: "p-3", booths: ["A-01", "A-02"])])
            #expect(
                try store.pendingOffers() == [
                    PendingBoothOffer(
                        party: "p-3", booths: ["A-01", "A-02"], offeredAt: StoreFixtures.at(12),
                        reason: .withdrawal("p-2"))
                ])
            #expect(try store.party("p-2")?.registrationStatus == .withdrawn)
            #expect(try store.boothAssignments().map(\.booth) == ["A-05", "A-06"])
            #expect(
                throws: StoreError.invalidTransition(party: "HTX Bình An", from: .withdrawn, to: .withdrawn)
            ) {
                try store.withdraw(party: "p-2", at: StoreFixtures.at(12)) { $0.nothingOffered }
            }
            #expect(throws: StoreError.notFound(.party, id: "p-9")) {
                try store.withdraw(party: "p-9", at: StoreFixtures.at(12)) { $0.nothingOffered }
            }
        }
    }

    @Test("a withdrawal expecting another status or booths than the party has writes nothing")
    func withdrawalExpecting() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let before = try store.contentDump()
            #expect(throws: StoreError.changedMeanwhile(party: "HTX Bình An")) {
                try store.withdraw(
                    party: "p-2", at: StoreFixtures.at(12), expecting: (.placed, ["A-01", "A-03"])
                ) { $0.nothingOffered }
            }
            #expect(throws: StoreError.changedMeanwhile(party: "HTX Bình An")) {
                try store.withdraw(
                    party: "p-2", at: StoreFixtures.at(12), expecting: (.confirmed, ["A-01", "A-02"])
                ) { $0.nothingOffered }
            }
            #expect(try store.contentDump() == before)
            let outcome = try store.withdraw(
                party: "p-2", at: StoreFixtures.at(12), expecting: (.placed, ["A-02", "A-01"])
            ) { $0.nothingOffered }
            #expect(outcome.freedBooths == ["A-01", "A-02"])
        }
    }

    @Test("statuses move only along the life cycle, and the booth plan follows them")
    func transitions() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.addOrganisation(StoreFixtures.organisation("org-5", "Hợp tác xã Ô Môn"))
            try store.addParty(
                StoreFixtures.party("p-5", "HTX Ô Môn", organisation: "org-5"),
                requests: [StoreFixtures.request("p-5", booths: 1)])
            #expect(throws: StoreError.invalidTransition(party: "HTX Ô Môn", from: .pending, to: .placed)) {
                try store.setRegistrationStatus(.placed, of: "p-5")
            }
            try store.setRegistrationStatus(.confirmed, of: "p-5")
            #expect(throws: StoreError.placedWithoutBooths(party: "HTX Ô Môn")) {
                try store.setRegistrationStatus(.placed, of: "p-5")
            }
            // Moving a placed party back to the waiting list frees its booths.
            #expect(try store.setRegistrationStatus(.waitlisted, of: "p-1") == ["A-05", "A-06"])
            #expect(try store.boothAssignments().map(\.party) == ["p-2", "p-2"])
            #expect(try store.setRegistrationStatus(.waitlisted, of: "p-1").isEmpty)
        }
    }

    @Test("saving a booth plan places and unplaces parties and refuses bad plans")
    func saveBoothPlan() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let changed = try store.saveBoothPlan([
                BoothAssignment(booth: "A-05", party: "p-1"), BoothAssignment(booth: "A-06", party: "p-1"),
                BoothAssignment(booth: "A-01", party: "p-3"), BoothAssignment(booth: "A-02", party: "p-3"),
            ]).changed
            #expect(changed == ["p-3": .placed, "p-2": .waitlisted])
            #expect(try store.waitingList().map(\.id) == ["p-4", "p-2"])
            let before = try store.loadPlan()
            #expect(throws: StoreError.boothAssignedTwice(["A-03"])) {
                _ = try store.saveBoothPlan([
                    BoothAssignment(booth: "A-03", party: "p-4"),
                    BoothAssignment(booth: "A-03", party: "p-2"),
                ])
            }
            #expect(
                throws: StoreError.missingReference(
                    .boothAssignment, id: "B-01", refersTo: .booth, referenceID: "B-01")
            ) {
                _ = try store.saveBoothPlan([BoothAssignment(booth: "B-01", party: "p-4")])
            }
            _ = try store.withdraw(party: "p-4")
            #expect(throws: StoreError.withdrawnPartyAssigned(party: "HTX Đồng Xanh")) {
                _ = try store.saveBoothPlan([BoothAssignment(booth: "A-03", party: "p-4")])
            }
            var expected = before
            expected.parties[3].registrationStatus = .withdrawn
            #expect(try store.loadPlan() == expected)
        }
    }
}
