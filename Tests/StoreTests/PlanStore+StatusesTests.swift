import Planning
import Store
import Testing

@Suite("PlanStore: several registrations moved at once")
struct PlanStoreStatusesTests {
    @Test("all parties move in one transaction, or none when one may not")
    func allOrNothing() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            for (id, name) in [("org-5", "Hợp tác xã Ô Môn"), ("org-6", "Hợp tác xã Phong Điền")] {
                try store.addOrganisation(StoreFixtures.organisation(id, name))
            }
            try store.addParty(StoreFixtures.party("p-5", "HTX Ô Môn", organisation: "org-5"))
            try store.addParty(StoreFixtures.party("p-6", "HTX Phong Điền", organisation: "org-6"))
            // p-1 is placed: it cannot be confirmed, so p-5 stays pending too
            #expect(
                throws: StoreError.invalidTransition(party: "HTX Ánh Dương", from: .placed, to: .confirmed)
            ) {
                try store.setRegistrationStatus(.confirmed, of: ["p-5", "p-1"])
            }
            #expect(try store.party("p-5")?.registrationStatus == .pending)
            let moved = try store.setRegistrationStatus(.confirmed, of: ["p-5", "p-6", "p-5"])
            #expect(moved.map(\.party) == ["p-5", "p-6"])
            #expect(try store.parties(status: .confirmed).map(\.id) == ["p-5", "p-6"])
            // withdrawing placed parties returns the booths each lost
            let freed = try store.setRegistrationStatus(.withdrawn, of: ["p-2", "p-1"])
            #expect(freed.map(\.party) == ["p-2", "p-1"])
            #expect(freed.map(\.freed) == [["A-01", "A-02"], ["A-05", "A-06"]])
            #expect(try store.boothAssignments().isEmpty)
        }
    }
}
