import Foundation
import GRDB
import Planning
import Testing

@testable import Store

/// Notes, raw SQL and the undo/redo round trip the journal tests share.
enum JournalFixtures {
    /// A note of `command`, at `minute` past 9 on the fair's first day.
    static func note(_ command: String, subject: String? = nil, minute: Int = 0) -> JournalNote {
        JournalNote(user: "can-bo-thu", at: StoreFixtures.at(9, minute), command: command, subject: subject)
    }

    /// Runs SQL in one write transaction of `store` (journaled when the store has a note).
    static func execute(_ store: PlanStore, _ sql: String, _ arguments: StatementArguments = []) throws {
        try store.write { db in try db.execute(sql: sql, arguments: arguments) }
    }

    /// The rows of `journal_change`, as (entry, table, operation), in order.
    static func changes(_ store: PlanStore) throws -> [(entry: Int, table: String, operation: String)] {
        try store.read { db in
            try Row.fetchAll(
                db, sql: "SELECT entry_id, table_name, operation FROM journal_change ORDER BY entry_id, seq"
            ).map { ($0["entry_id"], $0["table_name"], $0["operation"]) }
        }
    }

    /// Runs `change` as one journaled command on `store`, then checks that undo gives back
    /// exactly the plan before (dump equality) and redo exactly the plan after; returns the
    /// entry's counts.
    @discardableResult
    static func expectExactUndoRedo(
        _ store: PlanStore, _ command: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (PlanStore) throws -> Void
    ) throws -> [JournalTable: JournalCounts] {
        let before = try store.contentDump()
        let entries = try store.journal().count
        try change(store.journaling(note(command)))
        let after = try store.contentDump()
        #expect(after != before, "\(command) changed nothing", sourceLocation: sourceLocation)
        let journal = try store.journal()
        #expect(journal.count == entries + 1, "\(command) is one entry", sourceLocation: sourceLocation)
        let undone = try store.undo()
        #expect(undone.map(\.note.command) == [command], sourceLocation: sourceLocation)
        #expect(try store.contentDump() == before, "undo \(command)", sourceLocation: sourceLocation)
        let redone = try store.redo()
        #expect(redone.note.command == command, sourceLocation: sourceLocation)
        #expect(try store.contentDump() == after, "redo \(command)", sourceLocation: sourceLocation)
        #expect(try store.checkIntegrity(), sourceLocation: sourceLocation)
        return journal.first?.counts ?? [:]
    }
}
