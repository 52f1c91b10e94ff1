import GRDB

/// Records the rows an import adds to one plan table with one statement, instead of one journal
/// trigger run per row.
///
/// While a journal trigger exists on a table, SQLite runs every `INSERT` into it as a statement
/// that may write several tables: each takes a statement journal of the pages it changes, and
/// inside the entry's savepoint that journal is a temporary file written again for every row (at
/// 30,000 rows, over a million page writes). For a batch of at least ``threshold`` rows the table's
/// insert trigger is set aside for the batch (inside the same transaction, so no other connection
/// ever sees the table without it), the rows are inserted, and one `INSERT … SELECT` appends to
/// `journal_change` one `insert` change per row, in the order the rows were added, numbered after
/// the entry's last change, as the trigger would, but with only the row's primary key as its JSON
/// (``JournalColumns/json(of:)`` of the key columns). The whole row was half of a plan file after a
/// national import, written twice (to the write-ahead log and at the checkpoint); a row an import
/// added is, when its entry is undone, exactly as the import wrote it (every later change is
/// undone first), so undo reads it then and completes the change before removing the row
/// (``JournalReplay``), and redo puts it back from there. After an undo the journal holds what the
/// trigger would have recorded (`BulkJournalTests`).
enum BulkJournal {
    /// The smallest batch recorded in bulk: below it, setting the trigger aside (a schema change,
    /// which makes every connection prepare its statements again) costs more than it saves.
    static let threshold = 256

    /// Runs `insert`, which only inserts `count` new rows into `table`, and records them in the
    /// journal entry being recorded, in bulk when `count` is at least `threshold`.
    static func inserting(
        _ count: Int, into table: JournalTable, from threshold: Int = threshold, _ db: Database,
        _ insert: () throws -> Void
    ) throws {
        guard count >= threshold,
            let entry = try Int.fetchOne(db, sql: "SELECT entry_id FROM journal_cursor WHERE slot = 1"),
            let trigger = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                arguments: [JournalTriggers.prefix + table.rawValue + "_insert"])
        else { return try insert() }
        let name = JournalColumns.quoted(table.rawValue)
        let before = try Int.fetchOne(db, sql: "SELECT coalesce(max(rowid), 0) FROM \(name)") ?? 0
        try db.execute(
            sql: "DROP TRIGGER \(JournalColumns.quoted(JournalTriggers.prefix + table.rawValue + "_insert"))")
        try insert()
        try db.execute(sql: trigger)
        let columns = try JournalColumns(table, db).keyOnly
        let last =
            try Int.fetchOne(
                db, sql: "SELECT coalesce(max(seq), 0) FROM journal_change WHERE entry_id = ?",
                arguments: [entry])
            ?? 0
        try db.execute(
            sql: """
                INSERT INTO journal_change (entry_id, seq, table_name, operation, old_json, new_json)
                SELECT ?, ? + row_number() OVER (ORDER BY added.rowid), ?, 'insert', NULL,
                    \(columns.json(of: "added"))
                FROM \(name) AS added WHERE added.rowid > ? ORDER BY added.rowid
                """, arguments: [entry, last, table.rawValue, before])
    }
}
