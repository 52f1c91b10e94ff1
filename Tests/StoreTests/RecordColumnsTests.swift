import Foundation
import GRDB
import Planning
import Testing

@testable import Store

/// The records of the bulk tables write and read their columns by hand (issue 17: the Codable
/// path cost more than SQLite on a registry import); every column of each table must be written,
/// and what is read back must be what was written.
@Suite("Records: every column written and read back (issue 17)")
struct RecordColumnsTests {
    @Test("organisation, product, person and attendance rows hold every column of their tables")
    func everyColumnWritten() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let organisation = StoreFixtures.organisation(
                "tc-cot-1", "Hợp tác xã Tân Hòa Cột", code: "0101234567")
            let product = Product(id: "sp-cot-1", name: "Mật ong Cột", owner: "tc-cot-1")
            let person = Person(
                id: "ng-cot-1", fullName: "Lê Thị Hoa", organisation: "tc-cot-1", phone: "0912000111")
            let attendance = Attendance(
                person: "ng-cot-1", event: StoreFixtures.event.id, place: .onSite, role: .chair)
            let records: [(String, [String: DatabaseValue])] = [
                ("organisation", try OrganisationRecord(organisation, seq: 7).databaseDictionary),
                ("product", try ProductRecord(product, seq: 8).databaseDictionary),
                ("person", try PersonRecord(person, seq: 9).databaseDictionary),
                ("attendance", try AttendanceRecord(attendance, seq: 10).databaseDictionary),
            ]
            try store.importBatch(
                ImportBatch(
                    organisations: [organisation], products: [product], people: [person],
                    attendances: [attendance]))
            let plan = try store.loadPlan()
            #expect(plan.organisations.last == organisation)
            #expect(plan.products.last == product)
            #expect(plan.people.last == person)
            #expect(plan.attendances.contains(attendance))
            let queue = try DatabaseQueue(path: path)
            try queue.read { db in
                for (table, written) in records {
                    let columns = try db.columns(in: table).map(\.name)
                    #expect(Set(written.keys) == Set(columns), "\(table)")
                }
                // The prepared INSERTs name the same columns, once each.
                for (table, names) in [
                    ("organisation", OrganisationRecord.columnNames), ("product", ProductRecord.columnNames),
                    ("person", PersonRecord.columnNames), ("attendance", AttendanceRecord.columnNames),
                ] {
                    #expect(Set(names) == Set(try db.columns(in: table).map(\.name)), "\(table)")
                    #expect(Set(names).count == names.count, "\(table)")
                }
            }
        }
    }
}
