import Foundation
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

    @Test("a failing import leaves the file unchanged", arguments: [0, 1, 2, 3])
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
            } else if failure == 1 {
                // A registration repeats an identifier already in the plan.
                batch.boothRequests.append(StoreFixtures.request("p-1", booths: 1))
                expected = .duplicate(.boothRequest, id: "dk-p-1")
            } else if failure == 2 {
                // A product's owner is neither in the batch nor in the plan.
                batch.products.append(Product(id: "sp-99", name: "Không chủ", owner: "org-99"))
                expected = .missingReference(
                    .product, id: "sp-99", refersTo: .organisation, referenceID: "org-99")
            } else {
                // A delegate's organisation is neither in the batch nor in the plan.
                batch.people.append(Person(id: "ng-99", fullName: "Đỗ Văn Lạc", organisation: "org-99"))
                expected = .missingReference(
                    .person, id: "ng-99", refersTo: .organisation, referenceID: "org-99")
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

    /// A journal note for the tests' writes.
    static let note = JournalNote(
        user: "can-bo", at: StoreFixtures.at(9), command: "import", subject: "dang-ky.ods")

    @Test(
        "new entities and updates in one transaction: counted, appended after the plan's last, updated in place"
    )
    func addingAndUpdating() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.importBatch(Self.batch())
            let before = try store.loadPlan()
            var changed = try #require(before.organisations.first { $0.id == "org-10" })
            changed.memberCount = 40
            let adding = ImportBatch(
                organisations: [
                    StoreFixtures.organisation("org-12", "Hợp tác xã Cái Răng", code: "9992000012")
                ],
                products: [Product(id: "sp-12", name: "Khóm Cái Răng", owner: "org-12")],
                people: [Person(id: "ng-12", fullName: "Trần Văn Tư", organisation: "org-11")],
                attendances: [
                    Attendance(person: "ng-12", event: StoreFixtures.event.id, place: .onSite, role: .guest)
                ])
            let updating = ImportBatch(
                organisations: [changed],
                attendances: [
                    Attendance(person: "ng-10", event: StoreFixtures.event.id, place: .onSite, role: .speaker)
                ])
            let summary = try store.journaling(Self.note).importBatch(adding: adding, updating: updating)
            #expect(summary.added == [.organisation: 1, .product: 1, .person: 1, .attendance: 1])
            #expect(summary.updated == [.organisation: 1, .attendance: 1])
            let after = try store.loadPlan()
            #expect(after.organisations.map(\.id) == before.organisations.map(\.id) + ["org-12"])
            #expect(after.organisations.first { $0.id == "org-10" }?.memberCount == 40)
            #expect(after.products.last?.id == "sp-12")
            #expect(after.attendances.first { $0.person == "ng-10" }?.role == .speaker)
            #expect(after.attendances.last?.person == "ng-12")
            #expect(try store.journal().count == 1)
            #expect(try store.checkIntegrity())
        }
    }

    @Test("a failing update writes none of the new entities either")
    func failingUpdateChangesNothing() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let before = try store.contentDump()
            let updating = ImportBatch(products: [Product(id: "sp-99", name: "Không chủ", owner: "org-99")])
            #expect(
                throws: StoreError.missingReference(
                    .product, id: "sp-99", refersTo: .organisation, referenceID: "org-99")
            ) {
                try store.importBatch(adding: Self.batch(), updating: updating)
            }
            #expect(try store.contentDump() == before)
        }
    }

    @Test("nothing to add or update: no transaction, no journal entry, the file unchanged to the byte")
    func nothingToWrite() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.journaling(Self.note).importBatch(Self.batch())
            try store.close()
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            let reopened = try PlanStore.open(at: path)
            let dump = try reopened.contentDump()
            let summary = try reopened.journaling(Self.note).importBatch(
                adding: ImportBatch(), updating: ImportBatch())
            #expect(summary == ImportSummary())
            #expect(try reopened.contentDump() == dump)
            #expect(try reopened.journal().count == 1)
            try reopened.close()
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        }
    }

    @Test("a large batch is written in time linear in its size")
    func largeBatch() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            func batch(_ range: Range<Int>) -> ImportBatch {
                ImportBatch(
                    organisations: range.map {
                        StoreFixtures.organisation(
                            "org-b\($0)", "Hợp tác xã Số \($0)", code: String(5_300_000_000 + $0))
                    },
                    products: range.map {
                        Product(
                            id: Identifier("sp-b\($0)"), name: "Sản phẩm \($0)",
                            owner: Identifier("org-b\($0)"))
                    })
            }
            func seconds(_ batch: ImportBatch) throws -> Double {
                let start = ContinuousClock.now
                try store.importBatch(batch)
                let elapsed = ContinuousClock.now - start
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
            _ = try seconds(batch(0..<500))
            let small = try seconds(batch(500..<1000))
            let large = try seconds(batch(1000..<5000))
            // 8 times the rows into a table 8 times fuller: quadratic work would take 40 times as long.
            #expect(large < small * 16, "500 rows: \(small) s, 4000 rows: \(large) s")
            #expect(try store.organisations().count == 5000 + StoreFixtures.smallFair().organisations.count)
        }
    }
}
