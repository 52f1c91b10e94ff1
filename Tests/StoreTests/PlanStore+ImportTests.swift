import Planning
import Store
import Testing

@Suite("PlanStore: all-or-nothing import")
struct PlanStoreImportTests {
    /// A registration batch: two organisations, their products, a delegate and the attendance.
    static func batch() -> ImportBatch {
        ImportBatch(
            organisations: [
                StoreFixtures.organisation("org-10", "Hợp tác xã Mỹ Khánh", code: "9992000010"),
                StoreFixtures.organisation("org-11", "Hợp tác xã Phong Điền", code: "9992000011"),
            ],
            products: [
                Product(id: "sp-10", name: "Dâu Mỹ Khánh", owner: "org-10"),
                Product(id: "sp-11", name: "Chôm chôm Phong Điền", owner: "org-11"),
            ],
            people: [Person(id: "ng-10", fullName: "Võ Thị Mai", organisation: "org-10")],
            attendances: [
                Attendance(person: "ng-10", event: StoreFixtures.event.id, place: .onSite, role: .delegate)
            ],
            parties: [StoreFixtures.party("p-10", "HTX Mỹ Khánh", organisation: "org-10")],
            boothRequests: [StoreFixtures.request("p-10", booths: 1)])
    }

    @Test("a batch that refers to itself is written and counted")
    func importsBatch() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let summary = try store.importBatch(Self.batch())
            #expect(
                summary.added == [
                    .organisation: 2, .product: 2, .person: 1, .attendance: 1, .party: 1, .boothRequest: 1,
                ])
            #expect(summary.totalUpdated == 0)
            #expect(summary.description == summary.text(.vietnamese))
            let plan = try store.loadPlan()
            #expect(plan.organisations.suffix(2).map(\.id) == ["org-10", "org-11"])
            #expect(plan.people.last?.organisation == "org-10")
        }
    }

    @Test("a failing import leaves the file unchanged", arguments: [0, 1])
    func failingImportChangesNothing(failure: Int) throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let before = try store.loadPlan()
            var batch = Self.batch()
            let expected: StoreError
            if failure == 0 {
                // The last row refers to a person nobody registered.
                batch.attendances.append(
                    Attendance(person: "ng-99", event: StoreFixtures.event.id, place: .onSite, role: .guest))
                expected = .missingReference(
                    .attendance, id: "ng-99", refersTo: .person, referenceID: "ng-99")
            } else {
                // A registration repeats an identifier already in the plan.
                batch.boothRequests.append(StoreFixtures.request("p-1", booths: 1))
                expected = .duplicate(.boothRequest, id: "dk-p-1")
            }
            #expect(throws: expected) { try store.importBatch(batch) }
            #expect(try store.loadPlan() == before)
            #expect(try store.organisation("org-10") == nil)
            #expect(try store.checkIntegrity())
            try store.close()
            #expect(try PlanStore.open(at: path).loadPlan() == before)
        }
    }

    @Test("replacing existing entities updates them in place")
    func replacingExisting() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.importBatch(Self.batch())
            var again = Self.batch()
            again.products[0].name = "Dâu tây Mỹ Khánh"
            #expect(throws: StoreError.duplicate(.organisation, id: "org-10")) {
                try store.importBatch(again)
            }
            let summary = try store.importBatch(again, replacingExisting: true)
            #expect(summary.totalAdded == 0)
            #expect(summary.updated[.product] == 2)
            let plan = try store.loadPlan()
            #expect(plan.products.first { $0.id == "sp-10" }?.name == "Dâu tây Mỹ Khánh")
            #expect(plan.products.count == 3)
        }
    }
}
