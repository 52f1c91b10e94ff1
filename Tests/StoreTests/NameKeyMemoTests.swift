import Foundation
import GRDB
import Planning
import Testing

@testable import Store

@Suite("NameKeyMemo: an import's name keys made ahead for the indexes")
struct NameKeyMemoTests {
    @Test("a key is taken once, and only for the same bytes")
    func takeOnce() {
        let memo = NameKeyMemo()
        let composed = "Hợp tác xã Tân Hòa"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(composed == decomposed)
        memo.store(.search, composed, "made ahead")
        // Swift takes the decomposed spelling for the same string; the memo does not.
        #expect(memo.take(.search, decomposed) == nil)
        // The key left for the composed bytes is still there (hashed by bytes, it was not found).
        #expect(memo.count == 1)
        memo.store(.search, composed, "made ahead")
        #expect(memo.count == 1)
        #expect(memo.take(.folded, composed) == nil)
        #expect(memo.take(.search, composed) == .some("made ahead"))
        #expect(memo.take(.search, composed) == nil)
        memo.store(.email, "khong-hop-le", nil)
        #expect(memo.take(.email, "khong-hop-le") == .some(nil))
        memo.store(.phone, "x", "y")
        memo.removeAll()
        // Name parts holding what a separator would be still give distinct texts.
        #expect(
            PlanFunctions.joined("A\u{1F}B", "", "C") != PlanFunctions.joined("A", "B\u{1F}", "C"))
        #expect(PlanFunctions.joined("Trần", "Thị", "Hoa") != PlanFunctions.joined("Trần Thị", "", "Hoa"))
        #expect(memo.count == 0)
    }

    @Test("a large import's indexes hold the keys the SQL functions make, and the memo ends empty")
    func indexesHold() throws {
        var batch = BulkJournalTests.registry(RowPipeline<Int, Int, Int>.threshold + 300)
        for index in batch.organisations.indices where index % 3 == 0 {
            batch.organisations[index].shortName = "HTX Số \(index % 40)"
            // Decomposed names, as a file read back may hold them.
            batch.organisations[index].name =
                batch.organisations[index].name.decomposedStringWithCanonicalMapping
        }
        for index in batch.people.indices where index % 2 == 0 {
            batch.people[index].phone = "09\(12_000_000 + index % 50)"
            batch.people[index].email = index % 4 == 0 ? "so\(index)@example.com" : "khong-hop-le"
        }
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try BulkJournalTests.insert(batch, into: store, bulkFrom: BulkJournal.threshold)
            #expect(store.keys.count == 0)
            // The check computes every index entry again, without the memo.
            let integrity = try store.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            #expect(integrity == ["ok"])
        }
    }
}
