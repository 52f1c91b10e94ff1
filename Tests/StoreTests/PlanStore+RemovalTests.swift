import Foundation
import Planning
import Store
import Testing

@Suite("Store: removing entities")
struct PlanStoreRemovalTests {
    @Test("an organisation whose product would dangle is refused, and nothing changes")
    func refusedWhileOwned() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let before = try store.loadPlan()
            #expect(
                throws: StoreError.missingReference(
                    .product, id: "sp-1", refersTo: .organisation, referenceID: "org-1")
            ) {
                try store.remove([.organisation("org-1")])
            }
            #expect(try store.loadPlan() == before)
        }
    }

    @Test("a cascade removes the organisation with its product, party, booths and representative")
    func cascade() throws {
        try StoreFixtures.withPlanPath { path in
            let plan = StoreFixtures.smallFair()
            let store = try PlanStore.create(at: path, plan: plan)
            let entities = Dependencies(plan: plan).cascade(from: .organisation("org-1"))
            #expect(
                entities == [.organisation("org-1"), .product("sp-1"), .party("p-1"), .person("ng-1")])
            let removal = try store.remove(entities)
            #expect(removal.freedBooths == ["A-05", "A-06"])
            #expect(removal.blocking.isEmpty)
            let after = try store.loadPlan()
            #expect(after == removal.plan)
            #expect(!after.organisations.contains { $0.id == "org-1" })
            #expect(after.products.isEmpty && after.attendances.isEmpty)
            #expect(after.parties.map(\.id) == ["p-2", "p-3", "p-4"])
            #expect(after.boothAssignments.map(\.booth) == ["A-01", "A-02"])
            #expect(try store.checkIntegrity())
        }
    }

    @Test("a person chairing a session leaves the session, which stays")
    func detachesParticipant() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let removal = try store.remove([.person("ng-2")])
            #expect(
                removal.detached == [
                    Dependency(.session("khai-mac"), on: .person("ng-2"), reason: .takesPart)
                ])
            let after = try store.loadPlan()
            #expect(after.sessions.first?.participants.isEmpty == true)
            #expect(after.people.map(\.id) == ["ng-1"])
        }
    }

    @Test("an entity not in the plan is not found")
    func notFound() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            #expect(throws: StoreError.notFound(.session, id: "be-mac")) {
                try store.remove([.session("be-mac")])
            }
        }
    }

    @Test("a person and their attendance are updated in one transaction")
    func updatePerson() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            var person = try #require(try store.person("ng-2"))
            person.position = "Phó Chủ tịch"
            try store.updatePerson(
                person,
                attendance: Attendance(
                    person: "ng-2", event: StoreFixtures.event.id, place: .onSite, role: .guest))
            let after = try store.loadPlan()
            #expect(after.person("ng-2")?.position == "Phó Chủ tịch")
            #expect(after.attendances.first { $0.person == "ng-2" }?.role == .guest)
        }
    }
}
