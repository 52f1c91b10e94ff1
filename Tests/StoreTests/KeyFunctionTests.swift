import Foundation
import GRDB
import Planning
import Testing

@testable import Store

/// The name indexes' key functions, registered through SQLite's C interface (`KeyFunction`), read
/// their arguments and give their keys as GRDB's functions did: texts, `NULL`, blobs and numbers.
@Suite("KeyFunction: the name keys through SQLite's C interface")
struct KeyFunctionTests {
    /// A connection with FairPlan's functions and an empty memo.
    static func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.inDatabase { db in try PlanFunctions.register(db, memo: NameKeyMemo()) }
        return queue
    }

    @Test("texts give the keys the Swift functions make; NULL and numbers give NULL; blobs are read as UTF-8")
    func sameKeys() throws {
        let queue = try Self.database()
        let name = "Hợp tác xã Nông nghiệp Tân Hòa"
        try queue.inDatabase { db throws in
            func text(_ sql: String, _ arguments: StatementArguments = []) throws -> String? {
                try String.fetchOne(db, sql: "SELECT " + sql, arguments: arguments)
            }
            #expect(try text("fairplan_search_key(?)", [name]) == PlanFunctions.searchKey(name))
            #expect(try text("fairplan_folded_key(?)", [name]) == PlanFunctions.foldedKey(name))
            #expect(try text("fairplan_search_key(NULL)") == nil)
            #expect(try text("fairplan_folded_key(12)") == nil)
            #expect(try text("fairplan_search_key(?)", [Data(name.utf8)]) == PlanFunctions.searchKey(name))
            // A blob that is not UTF-8 is no text.
            #expect(try text("fairplan_search_key(x'ff00')") == nil)
            #expect(
                try text("fairplan_person_name_key(?, NULL, ?)", ["Trần", "Hoa"])
                    == PlanFunctions.personNameKey(family: "Trần", middle: "", given: "Hoa"))
            #expect(
                try text("fairplan_person_folded_key(?, ?, ?)", ["Trần", "Thị", "Hoa"])
                    == PlanFunctions.personFoldedKey(family: "Trần", middle: "Thị", given: "Hoa"))
            #expect(try text("fairplan_phone_key(?, ?, ?, NULL)", ["Trần", "Thị", "Hoa"]) == nil)
            #expect(
                try text("fairplan_phone_key(?, ?, ?, ?)", ["Trần", "Thị", "Hoa", "0912345678"])
                    == PlanFunctions.phoneKey(
                        family: "Trần", middle: "Thị", given: "Hoa", phone: "0912345678"))
            #expect(
                PlanFunctions.phoneKey(family: "Trần", middle: "Thị", given: "Hoa", phone: "0912345678")
                    != nil)
            #expect(try text("fairplan_email_key(?)", ["khong-hop-le"]) == nil)
            #expect(
                try text("fairplan_email_key(?)", ["Mai@Example.com"])
                    == PlanFunctions.emailKey("Mai@Example.com"))
            // Deterministic, as an index's function must be: SQLite refuses others in an index.
            try db.execute(sql: "CREATE TABLE t (a TEXT, b TEXT, c TEXT, d TEXT)")
            for (number, expression) in [
                "fairplan_search_key(a)", "fairplan_folded_key(a)", "fairplan_person_name_key(a, b, c)",
                "fairplan_person_folded_key(a, b, c)", "fairplan_phone_key(a, b, c, d)",
                "fairplan_email_key(d)",
            ].enumerated() {
                try db.execute(sql: "CREATE INDEX i\(number) ON t(\(expression))")
            }
            try db.execute(sql: "INSERT INTO t VALUES ('Trần', 'Thị', 'Hoa', '0912345678')")
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
        }
    }

    @Test("a key left in the memo is taken for the same bytes; another spelling makes its own")
    func memoFirst() throws {
        let memo = NameKeyMemo()
        let queue = try DatabaseQueue()
        try queue.inDatabase { db in try PlanFunctions.register(db, memo: memo) }
        let composed = "Hợp tác xã Tân Hòa"
        memo.store(.search, composed, "left ahead")
        try queue.inDatabase { db throws in
            let decomposed = composed.decomposedStringWithCanonicalMapping
            #expect(
                try String.fetchOne(db, sql: "SELECT fairplan_search_key(?)", arguments: [decomposed])
                    == PlanFunctions.searchKey(decomposed))
            #expect(
                try String.fetchOne(db, sql: "SELECT fairplan_search_key(?)", arguments: [composed])
                    == "left ahead")
            #expect(memo.count == 0)
        }
    }
}
