import GRDB

/// Applies an entry's recorded changes to the plan again, backwards (undo) or forwards (redo),
/// checking every row against the journal first.
///
/// Runs inside a write transaction with the cursor clear (so nothing is recorded) and
/// `PRAGMA defer_foreign_keys` on: rows come back in the reverse of the order they went, so a
/// reference may point at a row put back a moment later; the foreign keys are checked at commit.
/// Each step first reads the row it acts on and compares it with what the journal says it is
/// (same columns, same values): a plan changed outside the journal is refused with
/// ``StoreError/journalOutOfStep(entry:table:)`` and the transaction rolled back.
struct JournalReplay {
    /// One step: add a row, remove it, or change it from one state to another.
    enum Step {
        /// Adds the row.
        case insert(String)
        /// Removes the row, which must be as given.
        case delete(String)
        /// Changes the row, which must be as `from`, to `to`.
        case update(from: String, to: String)
    }

    /// The entry replayed.
    let entry: Int
    /// The database, inside a write transaction.
    let db: Database
    /// The columns of the tables met so far.
    private var columns: [JournalTable: JournalColumns] = [:]

    /// A replay of `entry`.
    init(entry: Int, _ db: Database) {
        self.entry = entry
        self.db = db
    }

    /// Reverts the entry's changes, newest first. A row a bulk import added is recorded by its
    /// key alone (``BulkJournal``): before it is removed, its change is completed with the whole
    /// row, as it stands (and as the import wrote it, every later change being undone), so redo
    /// can put it back.
    mutating func revert() throws {
        for change in try JournalChange.fetch(entry: entry, db).reversed() {
            switch change.operation {
            case .insert:
                let json = try recorded(change.new, change)
                try complete(change, json)
                try apply(.delete(json), change.table)
            case .delete: try apply(.insert(try recorded(change.old, change)), change.table)
            case .update:
                try apply(
                    .update(from: try recorded(change.new, change), to: try recorded(change.old, change)),
                    change.table)
            }
        }
    }

    /// Applies the entry's changes again, oldest first.
    mutating func reapply() throws {
        for change in try JournalChange.fetch(entry: entry, db) {
            switch change.operation {
            case .insert: try apply(.insert(try recorded(change.new, change)), change.table)
            case .delete: try apply(.delete(try recorded(change.old, change)), change.table)
            case .update:
                try apply(
                    .update(from: try recorded(change.old, change), to: try recorded(change.new, change)),
                    change.table)
            }
        }
    }

    /// Completes an `insert` change recorded by the row's key alone with the whole row, read from
    /// the plan; the row must be there (else the plan is out of step with the journal).
    private mutating func complete(_ change: JournalChange, _ json: String) throws {
        let columns = try self.columns(change.table)
        let row = try read(json, change.table)
        // A whole row, or one recorded before a later schema added columns, is left as it is.
        guard columns.names.count > columns.key.count, row.columns == columns.key else { return }
        guard let key = row.values(of: columns.key) else { throw outOfStep(change.table) }
        let name = JournalColumns.quoted(change.table.rawValue)
        guard
            let whole = try String.fetchOne(
                db.cachedStatement(
                    sql: "SELECT \(columns.json(of: name)) FROM \(name) WHERE \(columns.keyCondition)"),
                arguments: StatementArguments(key))
        else {
            throw outOfStep(change.table)
        }
        try run(
            "UPDATE journal_change SET new_json = ? WHERE entry_id = ? AND seq = ?",
            [whole, entry, change.seq])
    }

    /// Runs one statement, prepared once per text for the whole replay: an import's entry replays
    /// tens of thousands of rows through the same few statements.
    private func run(_ sql: String, _ values: [(any DatabaseValueConvertible)?]) throws {
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
    }

    /// The row JSON a change must have on this side.
    private func recorded(_ json: String?, _ change: JournalChange) throws -> String {
        guard let json else { throw outOfStep(change.table) }
        return json
    }

    /// The error for a row not as recorded.
    private func outOfStep(_ table: JournalTable) -> StoreError {
        .journalOutOfStep(entry: entry, table: table.rawValue)
    }

    /// Applies one step to `table`.
    mutating func apply(_ step: Step, _ table: JournalTable) throws {
        let columns = try self.columns(table)
        let name = JournalColumns.quoted(table.rawValue)
        switch step {
        case .insert(let json):
            let row = try read(json, table)
            if try current(row, columns, table) != nil { throw outOfStep(table) }
            guard let values = row.values(of: row.columns) else { throw outOfStep(table) }
            try run(
                "INSERT INTO \(name) (\(row.columns.map(JournalColumns.quoted).joined(separator: ", "))) "
                    + "VALUES (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))",
                values)
        case .delete(let json):
            let row = try read(json, table)
            guard Self.same(try current(row, columns, table), json), let key = row.values(of: columns.key)
            else {
                throw outOfStep(table)
            }
            try run("DELETE FROM \(name) WHERE \(columns.keyCondition)", key)
        case .update(let from, let to):
            let before = try read(from, table)
            let after = try read(to, table)
            guard Self.same(try current(before, columns, table), from),
                let key = before.values(of: columns.key)
            else {
                throw outOfStep(table)
            }
            let set = after.columns.filter { column in
                !columns.key.contains(column) || !Self.same(before.values[column], after.values[column])
            }
            guard let values = after.values(of: set) else { throw outOfStep(table) }
            if set.isEmpty { return }
            try run(
                "UPDATE \(name) SET \(set.map { "\(JournalColumns.quoted($0)) = ?" }.joined(separator: ", ")) "
                    + "WHERE \(columns.keyCondition)",
                values + key)
        }
    }

    /// Whether two texts are the same bytes (Swift's `==` takes NFC and NFD for equal).
    static func same(_ lhs: String?, _ rhs: String?) -> Bool {
        lhs.map { Array($0.utf8) } == rhs.map { Array($0.utf8) }
    }

    /// Whether two values are the same value of the same type, text compared by its bytes.
    static func same(_ lhs: DatabaseValue?, _ rhs: DatabaseValue?) -> Bool {
        switch (lhs?.storage, rhs?.storage) {
        case (.string(let left), .string(let right)): Array(left.utf8) == Array(right.utf8)
        case (.int64(let left), .int64(let right)): left == right
        case (.double(let left), .double(let right)): left.bitPattern == right.bitPattern
        case (.blob(let left), .blob(let right)): left == right
        case (.null, .null), (nil, nil): true
        default: false
        }
    }

    /// The columns of `table`, read once.
    private mutating func columns(_ table: JournalTable) throws -> JournalColumns {
        if let known = columns[table] { return known }
        let read = try JournalColumns(table, db)
        columns[table] = read
        return read
    }

    /// A recorded row, or the out-of-step error when it does not read as one.
    private func read(_ json: String, _ table: JournalTable) throws -> JournalRow {
        guard let row = try JournalRow(json, db) else { throw outOfStep(table) }
        return row
    }

    /// The row of the plan with the key of `row`, as journal JSON of the columns `row` has (in
    /// its order), or nil when there is none.
    private func current(_ row: JournalRow, _ columns: JournalColumns, _ table: JournalTable) throws
        -> String?
    {
        guard let key = row.values(of: columns.key), !columns.key.isEmpty,
            row.columns.allSatisfy(columns.names.contains)
        else {
            throw outOfStep(table)
        }
        let recorded = JournalColumns(table: table, names: row.columns, key: columns.key)
        let name = JournalColumns.quoted(table.rawValue)
        return try String.fetchOne(
            db.cachedStatement(
                sql: "SELECT \(recorded.json(of: name)) FROM \(name) WHERE \(columns.keyCondition)"),
            arguments: StatementArguments(key))
    }
}
