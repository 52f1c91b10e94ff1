import GRDB
import Planning

extension PlanStore {
    /// The journal, newest entry first: at most `limit` entries when given.
    public func journal(limit: Int? = nil) throws -> [JournalEntry] {
        try read { db in try fetchEntries(db, where: nil, descending: true, limit: limit) }
    }

    /// How many entries of the journal are done (can be undone) and undone (can be redone).
    public func journalTally() throws -> (done: Int, undone: Int) {
        try read { db in
            let done =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM journal_entry WHERE state = ?",
                    arguments: [JournalEntry.State.done.rawValue]) ?? 0
            let undone =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM journal_entry WHERE state = ?",
                    arguments: [JournalEntry.State.undone.rawValue]) ?? 0
            return (done, undone)
        }
    }

    /// Undoes the last `count` done entries, newest first, in one transaction, and returns them
    /// (now undone), newest first.
    ///
    /// Each entry's changes are reverted row by row in the reverse of the order they were made,
    /// so the plan tables come back exactly as they were before the entry (see
    /// ``contentDump()``). Undoing records nothing new: the entries are marked undone, and
    /// ``redo()`` applies them again until a new change clears them. Refused with
    /// ``StoreError/undoBeyondHistory(asked:available:)`` when fewer than `count` entries are
    /// done, and with ``StoreError/journalOutOfStep(entry:table:)`` when the plan no longer matches
    /// the journal; in both cases nothing changes. A `count` below 1 undoes nothing.
    @discardableResult
    public func undo(count: Int = 1) throws -> [JournalEntry] {
        guard count >= 1 else { return [] }
        return try writeUnrecorded { db in
            let done = try fetchEntries(db, where: .done, descending: true, limit: count)
            if done.count < count {
                throw StoreError.undoBeyondHistory(asked: count, available: done.count)
            }
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            var undone: [JournalEntry] = []
            for var entry in done {
                var replay = JournalReplay(entry: entry.number, db)
                try replay.revert()
                try mark(entry.number, .undone, db)
                entry.state = .undone
                undone.append(entry)
            }
            return undone
        }
    }

    /// Applies again the oldest undone entry (the one after the last done entry), in one
    /// transaction, and returns it (now done).
    ///
    /// Refused with ``StoreError/nothingToRedo`` when no entry is undone, and with
    /// ``StoreError/journalOutOfStep(entry:table:)`` when the plan no longer matches the journal.
    @discardableResult
    public func redo() throws -> JournalEntry {
        try writeUnrecorded { db in
            guard var entry = try fetchEntries(db, where: .undone, descending: false, limit: 1).first else {
                throw StoreError.nothingToRedo
            }
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            var replay = JournalReplay(entry: entry.number, db)
            try replay.reapply()
            try mark(entry.number, .done, db)
            entry.state = .done
            return entry
        }
    }

    // MARK: - Internals

    /// Runs `body` in one write transaction recorded as one journal entry of `note`, inside that
    /// transaction.
    ///
    /// The undone entries are deleted (a new change clears what could be redone), the entry is
    /// added and named in `journal_cursor` so the triggers record every row `body` changes, and
    /// the cursor is cleared again. Changes that changed nothing (a row updated to the values it
    /// had) are dropped; when nothing is left, the entry is not kept and the undone entries stay.
    func recordingJournal<Value>(
        _ note: JournalNote, _ db: Database, _ body: (Database) throws -> Value
    ) throws -> Value {
        try db.execute(sql: "SAVEPOINT journal_entry")
        try db.execute(
            sql: "DELETE FROM journal_entry WHERE state = ?", arguments: [JournalEntry.State.undone.rawValue])
        let number = (try Int.fetchOne(db, sql: "SELECT max(id) FROM journal_entry") ?? 0) + 1
        try db.execute(
            sql:
                "INSERT INTO journal_entry (id, at, user, command, subject, state) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [
                number, StoreText.text(note.at), note.user, note.command, note.subject,
                JournalEntry.State.done.rawValue,
            ])
        try db.execute(sql: "UPDATE journal_cursor SET entry_id = ? WHERE slot = 1", arguments: [number])
        let value = try body(db)
        try db.execute(sql: "UPDATE journal_cursor SET entry_id = NULL WHERE slot = 1")
        try db.execute(
            sql:
                "DELETE FROM journal_change WHERE entry_id = ? AND operation = 'update' AND old_json IS new_json",
            arguments: [number])
        if try !JournalChange.changesPlan(entry: number, db) {
            try db.execute(sql: "ROLLBACK TO SAVEPOINT journal_entry")
        }
        try db.execute(sql: "RELEASE SAVEPOINT journal_entry")
        return value
    }

    /// Runs `body` in one write transaction that the journal does not record, whatever the
    /// store's note, converting errors.
    func writeUnrecorded<Value>(_ body: (Database) throws -> Value) throws -> Value {
        do {
            return try pool.write(body)
        } catch {
            throw Self.convert(error, path: path)
        }
    }

    /// Marks an entry done or undone.
    private func mark(_ number: Int, _ state: JournalEntry.State, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE journal_entry SET state = ? WHERE id = ?", arguments: [state.rawValue, number])
    }

    /// Entries, optionally of one state, by number.
    func fetchEntries(
        _ db: Database, where state: JournalEntry.State?, descending: Bool, limit: Int?
    ) throws -> [JournalEntry] {
        var sql = "SELECT id, at, user, command, subject, state FROM journal_entry"
        var arguments: StatementArguments = []
        if let state {
            sql += " WHERE state = ?"
            arguments += [state.rawValue]
        }
        sql += " ORDER BY id" + (descending ? " DESC" : "")
        if let limit {
            sql += " LIMIT ?"
            arguments += [max(limit, 0)]
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let number: Int = row["id"]
            guard let state = JournalEntry.State(rawValue: row["state"]) else {
                throw StoreError.journalOutOfStep(entry: number, table: "journal_entry")
            }
            let at = try entryTime(row["at"], number: number)
            let note = JournalNote(
                user: row["user"], at: at, command: row["command"], subject: row["subject"])
            return JournalEntry(
                number: number, note: note, state: state, counts: try JournalChange.counts(entry: number, db))
        }
    }

    /// The time an entry was recorded at, read back.
    private func entryTime(_ text: String, number: Int) throws -> LocalDateTime {
        do {
            return try StoreText.localDateTime(text, entity: .event, id: "\(number)")
        } catch {
            throw StoreError.journalOutOfStep(entry: number, table: "journal_entry")
        }
    }
}
