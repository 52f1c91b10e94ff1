import GRDB

/// The triggers that record every change to a plan table in `journal_change`.
///
/// Each plan table has three, after insert, update and delete. They act only while
/// `journal_cursor.entry_id` names the entry being recorded (set by a journaled write, see
/// ``PlanStore/journaling(_:)``), and append the row before (`old_json`) and after (`new_json`)
/// with the next sequence number of that entry. SQLite fires them for the rows a foreign key
/// removes or sets to NULL too, so cascades are recorded like the command's own changes.
///
/// They are made from the columns the file has when they are installed: a migration that adds a
/// column to a plan table must install them again.
enum JournalTriggers {
    /// The name every journal trigger's name starts with.
    static let prefix = "journal_"

    /// Drops the journal triggers of the file and creates them again for every plan table it has
    /// (a migration runs this before later migrations add their tables, and each that adds one
    /// runs it again).
    static func install(_ db: Database) throws {
        let existing = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, 8) = ?",
            arguments: [prefix])
        for name in existing {
            try db.execute(sql: "DROP TRIGGER \(JournalColumns.quoted(name))")
        }
        for table in JournalTable.allCases where try db.tableExists(table.rawValue) {
            for statement in statements(for: try JournalColumns(table, db)) {
                try db.execute(sql: statement)
            }
        }
    }

    /// The `CREATE TRIGGER` statements for one table.
    static func statements(for columns: JournalColumns) -> [String] {
        let table = columns.table.rawValue
        let operations: [(name: String, event: String, old: String, new: String)] = [
            ("insert", "INSERT", "NULL", columns.json(of: "NEW")),
            ("update", "UPDATE", columns.json(of: "OLD"), columns.json(of: "NEW")),
            ("delete", "DELETE", columns.json(of: "OLD"), "NULL"),
        ]
        return operations.map { operation in
            """
            CREATE TRIGGER \(JournalColumns.quoted(prefix + table + "_" + operation.name))
            AFTER \(operation.event) ON \(JournalColumns.quoted(table))
            WHEN (SELECT entry_id FROM journal_cursor WHERE slot = 1) IS NOT NULL
            BEGIN
                INSERT INTO journal_change (entry_id, seq, table_name, operation, old_json, new_json)
                SELECT cur.entry_id,
                    coalesce(
                        (SELECT max(earlier.seq) FROM journal_change AS earlier
                            WHERE earlier.entry_id = cur.entry_id), 0) + 1,
                    '\(table)', '\(operation.name)', \(operation.old), \(operation.new)
                FROM journal_cursor AS cur WHERE cur.slot = 1;
            END
            """
        }
    }
}
