import GRDB

/// One row change recorded in `journal_change`: the table, the operation, and the row before and
/// after as journal JSON (see ``JournalColumns``).
struct JournalChange: Hashable, Sendable {
    /// What happened to the row.
    enum Operation: String, Hashable, Sendable {
        /// The row was added (`new` only).
        case insert
        /// The row was changed (`old` and `new`).
        case update
        /// The row was removed (`old` only).
        case delete
    }

    /// The entry the change belongs to.
    let entry: Int
    /// The change's place in its entry, from 1.
    let seq: Int
    /// The table.
    let table: JournalTable
    /// What happened.
    let operation: Operation
    /// The row before (nil for an insert).
    let old: String?
    /// The row after (nil for a delete).
    let new: String?

    /// The changes of an entry, in the order they happened.
    static func fetch(entry: Int, _ db: Database) throws -> [JournalChange] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT seq, table_name, operation, old_json, new_json FROM journal_change
                WHERE entry_id = ? ORDER BY seq
                """, arguments: [entry])
        return try rows.map { row in
            let name: String = row["table_name"]
            guard let table = JournalTable(rawValue: name),
                let operation = Operation(rawValue: row["operation"])
            else {
                throw StoreError.journalOutOfStep(entry: entry, table: name)
            }
            return JournalChange(
                entry: entry, seq: row["seq"], table: table, operation: operation, old: row["old_json"],
                new: row["new_json"])
        }
    }

    /// Whether an entry changed the plan: an entry that added rows and removed none did, which is
    /// known without reading its rows (an import of tens of thousands); otherwise its changes are
    /// netted row by row (``counts(entry:_:)``), so a row changed and changed back is no change.
    static func changesPlan(entry: Int, _ db: Database) throws -> Bool {
        func has(_ operation: Operation) throws -> Bool {
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM journal_change WHERE entry_id = ? AND operation = ?)",
                arguments: [entry, operation.rawValue]) == true
        }
        if try has(.insert), try !has(.delete) { return true }
        return try !counts(entry: entry, ignoringOrder: false, db).isEmpty
    }

    /// The rows an entry added, changed and removed, by table, counted by row (see
    /// ``JournalCounts``): a row is named by its primary key, and compared as it was before the
    /// entry's first change to it and after its last.
    ///
    /// `ignoringOrder` compares rows without their `seq` (their place in a list): a swap that
    /// renumbers a list's rows changed the rows whose values changed, not every row after them
    /// (QA 41 #7). An entry that only reorders rows is then counted with its order.
    static func counts(entry: Int, ignoringOrder: Bool = true, _ db: Database) throws
        -> [JournalTable: JournalCounts]
    {
        if ignoringOrder {
            let counts = try counts(entry: entry, ignoringOrder: false, db)
            guard !counts.isEmpty else { return counts }
            let withoutOrder = try tableCounts(entry: entry, ignoringOrder: true, db)
            return withoutOrder.isEmpty ? counts : withoutOrder
        }
        return try tableCounts(entry: entry, ignoringOrder: false, db)
    }

    /// ``counts(entry:ignoringOrder:_:)`` table by table.
    private static func tableCounts(entry: Int, ignoringOrder: Bool, _ db: Database) throws
        -> [JournalTable: JournalCounts]
    {
        let names = try String.fetchAll(
            db, sql: "SELECT DISTINCT table_name FROM journal_change WHERE entry_id = ?", arguments: [entry])
        var result: [JournalTable: JournalCounts] = [:]
        for name in names {
            guard let table = JournalTable(rawValue: name) else {
                throw StoreError.journalOutOfStep(entry: entry, table: name)
            }
            let counts = try Self.counts(
                entry: entry, table: JournalColumns(table, db), ignoringOrder: ignoringOrder, db)
            if !counts.isEmpty { result[table] = counts }
        }
        return result
    }

    /// The rows of one table an entry added, changed and removed.
    private static func counts(entry: Int, table columns: JournalColumns, ignoringOrder: Bool, _ db: Database)
        throws -> JournalCounts
    {
        func key(_ column: String) -> String {
            "json_array(" + columns.key.map { "json_extract(\(column), '$.\($0)')" }.joined(separator: ", ")
                + ")"
        }
        // A row's place in its list is its `seq`; left out of the comparison when asked.
        let keepsOrder = ignoringOrder && !columns.key.contains("seq")
        func compared(_ column: String) -> String {
            keepsOrder ? "json_remove(\(column), '$.seq')" : column
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT operation, \(compared("old_json")) AS old_json, \(compared("new_json")) AS new_json,
                \(key("old_json")) AS old_key, \(key("new_json")) AS new_key
                FROM journal_change WHERE entry_id = ? AND table_name = ? ORDER BY seq
                """, arguments: [entry, columns.table.rawValue])
        // Rows are named and compared by their bytes: Swift's String equality would take NFC and
        // NFD text for the same.
        var spans: [[UInt8]: (before: [UInt8]?, after: [UInt8]?)] = [:]
        func record(_ key: String, before: String?, after: String?) {
            let key = Array(key.utf8)
            let after = after.map { Array($0.utf8) }
            if let span = spans[key] {
                spans[key] = (span.before, after)
            } else {
                spans[key] = (before.map { Array($0.utf8) }, after)
            }
        }
        for row in rows {
            let old: String? = row["old_json"]
            let new: String? = row["new_json"]
            let oldKey: String = row["old_key"]
            let newKey: String = row["new_key"]
            switch Operation(rawValue: row["operation"]) {
            case .insert: record(newKey, before: nil, after: new)
            case .delete: record(oldKey, before: old, after: nil)
            case .update where Array(oldKey.utf8) == Array(newKey.utf8):
                record(newKey, before: old, after: new)
            case .update:
                record(oldKey, before: old, after: nil)
                record(newKey, before: nil, after: new)
            case nil: throw StoreError.journalOutOfStep(entry: entry, table: columns.table.rawValue)
            }
        }
        var counts = JournalCounts()
        for span in spans.values where span.before != span.after {
            switch (span.before, span.after) {
            case (nil, _): counts.added += 1
            case (_, nil): counts.removed += 1
            default: counts.changed += 1
            }
        }
        return counts
    }
}
