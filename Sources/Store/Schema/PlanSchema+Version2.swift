extension PlanSchema {
    /// Version 2: the journal of changes (undo, redo, history), pinned sessions, and the booth
    /// offers a withdrawal proposes to the waiting list.
    ///
    /// - `journal_entry`: one row per command that changed the plan (who, when, what; `state` is
    ///   `done` or `undone`); `journal_change`: the rows each entry changed, before and after, in
    ///   order; `journal_cursor`: the entry being recorded while a command runs (the triggers that
    ///   fill `journal_change` read it). After the tables, ``JournalTriggers`` installs the
    ///   triggers on every plan table (``JournalTable``), made from the columns the file then has.
    /// - `session.pinned`: a session placed by hand that timetabling must keep.
    /// - `booth_offer`: booths offered to a waiting party after a withdrawal, until it accepts or
    ///   declines.
    static let version2 = Migration(
        version: 2,
        summary: "journal of changes, pinned sessions, booth offers",
        statements: [
            """
            CREATE TABLE journal_entry (
                id INTEGER PRIMARY KEY NOT NULL,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                command TEXT NOT NULL,
                subject TEXT,
                state TEXT NOT NULL CHECK (state IN ('done', 'undone'))
            )
            """,
            """
            CREATE TABLE journal_change (
                entry_id INTEGER NOT NULL REFERENCES journal_entry(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                table_name TEXT NOT NULL,
                operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
                old_json TEXT,
                new_json TEXT,
                PRIMARY KEY (entry_id, seq)
            )
            """,
            """
            CREATE TABLE journal_cursor (
                slot INTEGER PRIMARY KEY NOT NULL CHECK (slot = 1),
                entry_id INTEGER
            )
            """,
            "INSERT INTO journal_cursor (slot, entry_id) VALUES (1, NULL)",
            "ALTER TABLE session ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
            """
            CREATE TABLE booth_offer (
                party_id TEXT PRIMARY KEY NOT NULL REFERENCES party(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                booths_json TEXT NOT NULL,
                offered_at TEXT NOT NULL,
                reason TEXT
            )
            """,
        ],
        then: JournalTriggers.install)
}
