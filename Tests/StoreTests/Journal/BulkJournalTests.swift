import Foundation
import GRDB
import Planning
import Testing

@testable import Store

@Suite("Journal: large imports recorded in bulk")
struct BulkJournalTests {
    /// A registry of `count` cooperatives, each with a product and a delegate who attends.
    static func registry(_ count: Int) -> ImportBatch {
        var batch = ImportBatch()
        for number in 1...count {
            var organisation = StoreFixtures.organisation(
                "org-b\(number)", "Hợp tác xã Số \(number)", code: String(9_993_000_000 + number))
            organisation.memberCount = number % 7 == 0 ? nil : number
            batch.organisations.append(organisation)
            batch.products.append(
                Product(
                    id: Identifier("sp-b\(number)"), name: "Gạo thơm số \(number)", owner: organisation.id))
            batch.people.append(
                Person(
                    id: Identifier("ng-b\(number)"), fullName: "Trần Thị Số \(number)",
                    organisation: organisation.id))
            batch.attendances.append(
                Attendance(
                    person: Identifier("ng-b\(number)"), event: StoreFixtures.event.id, place: .onSite,
                    role: .delegate))
        }
        return batch
    }

    /// Every row of `journal_change` with its JSON, in order.
    static func journalRows(_ store: PlanStore) throws -> [[String?]] {
        try store.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT entry_id, seq, table_name, operation, old_json, new_json FROM journal_change
                    ORDER BY entry_id, seq
                    """
            ).map { row in (0..<row.count).map { index in row[index].map { "\($0)" } ?? nil } }
        }
    }

    /// The journal triggers of the file, with their SQL.
    static func triggers(_ store: PlanStore) throws -> [String: String] {
        try store.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                ).map { ($0["name"] as String, $0["sql"] as String) })
        }
    }

    /// Inserts `batch` as one journaled command, in bulk from `bulkFrom` rows a table.
    static func insert(_ batch: ImportBatch, into store: PlanStore, bulkFrom: Int) throws {
        try store.journaling(JournalFixtures.note("import")).write { db in
            var positions = ImportPositions()
            var summary = ImportSummary()
            try store.insertNew(batch, positions: &positions, summary: &summary, db, bulkFrom: bulkFrom)
        }
    }

    @Test(
        "a large import records its rows by key, and once undone the journal holds exactly what the triggers record"
    )
    func sameAsTriggers() throws {
        let batch = Self.registry(BulkJournal.threshold + 44)
        let recorded = try [BulkJournal.threshold, Int.max].map { bulkFrom in
            try StoreFixtures.withPlanPath { path in
                let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
                // A change before, so the import's entry is not the first and its numbers follow on.
                try JournalFixtures.execute(
                    store.journaling(JournalFixtures.note("edit")),
                    "UPDATE organisation SET address = 'Ninh Kiều' WHERE id = 'org-1'")
                let triggers = try Self.triggers(store)
                try Self.insert(batch, into: store, bulkFrom: bulkFrom)
                #expect(try Self.triggers(store) == triggers)
                let imported = (try Self.journalRows(store), try store.contentDump())
                try store.undo()
                let undone = try Self.journalRows(store)
                try store.redo()
                return (imported, undone, try store.contentDump())
            }
        }
        let (bulk, byTrigger) = (recorded[0].0.0, recorded[1].0.0)
        #expect(bulk.count == 1 + 4 * batch.organisations.count)
        #expect(bulk.count == byTrigger.count)
        // Before the undo: the same changes, each added row named by its key alone, in bulk.
        let keyOnly = bulk.indices.filter { index in
            index < byTrigger.count && bulk[index][3] == "insert" && bulk[index][5] != byTrigger[index][5]
        }
        #expect(keyOnly.count == 4 * batch.organisations.count)
        #expect(bulk.map { Array($0.prefix(5)) } == byTrigger.map { Array($0.prefix(5)) })
        #expect(bulk.filter { $0[3] == "insert" }.allSatisfy { ($0[5]?.utf8.count ?? 0) < 80 })
        // Undone: the journal holds what the triggers recorded, change by change.
        let (completed, undoneByTrigger) = (recorded[0].1, recorded[1].1)
        let firstDifference = completed.indices.first {
            $0 < undoneByTrigger.count && completed[$0] != undoneByTrigger[$0]
        }
        #expect(completed.count == undoneByTrigger.count)
        #expect(
            firstDifference == nil, "first different change: \(firstDifference.map { completed[$0] } ?? [])")
        #expect(recorded[0].0.1 == recorded[1].0.1, "the plans differ")
        #expect(recorded[0].2 == recorded[1].2, "the plans differ after undo and redo")
        #expect(recorded[0].2 == recorded[0].0.1, "redo does not give the imported plan back")
    }

    @Test("a large import is undone and redone exactly")
    func undoRedo() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let counts = try JournalFixtures.expectExactUndoRedo(store, "import") { store in
                try store.importBatch(Self.registry(BulkJournal.threshold))
            }
            #expect(counts[.organisation]?.added == BulkJournal.threshold)
            #expect(counts[.attendance]?.added == BulkJournal.threshold)
        }
    }

    @Test("a large import that fails changes nothing and leaves the triggers in place")
    func failureKeepsTriggers() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let before = try store.contentDump()
            let triggers = try Self.triggers(store)
            var batch = Self.registry(BulkJournal.threshold)
            batch.people.append(Person(id: "ng-b1", fullName: "Trần Thị Lặp", organisation: "org-b1"))
            #expect(throws: StoreError.duplicate(.person, id: "ng-b1")) {
                try store.journaling(JournalFixtures.note("import")).importBatch(batch)
            }
            #expect(try store.contentDump() == before)
            #expect(try Self.triggers(store) == triggers)
            #expect(try store.journal().isEmpty)
            // The triggers still record a change made afterwards.
            try JournalFixtures.execute(
                store.journaling(JournalFixtures.note("edit")),
                "UPDATE organisation SET address = 'Ninh Kiều' WHERE id = 'org-1'")
            #expect(try JournalFixtures.changes(store).map(\.operation) == ["update"])
        }
    }
}
