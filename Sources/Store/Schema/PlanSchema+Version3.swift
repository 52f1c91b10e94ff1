extension PlanSchema {
    /// Version 3: registrations sent through the web portal, and the accounts of the portal's staff.
    ///
    /// `submission`: one row per registration a cooperative sent itself (the form or an uploaded
    /// template), keyed by the SHA-256 digest of its private link's token (the token itself is
    /// never stored), with the organisation it registered, when, until when it may be corrected,
    /// and how it came. Removing the organisation removes the row. The table is journaled like the
    /// others (the triggers are installed again), so undoing a registration takes its submission
    /// with it and redoing brings both back.
    ///
    /// `account`: the people who sign in to the portal's staff console (`fairplan user add`): a
    /// name, a role (`staff` or `admin`), the bcrypt hash of the password (never the password) and
    /// when it was made. Accounts are not part of the plan: not journaled, not published, never
    /// undone.
    static let version3 = Migration(
        version: 3,
        summary: "registrations sent through the web portal, staff accounts",
        statements: [
            """
            CREATE TABLE submission (
                digest TEXT PRIMARY KEY NOT NULL CHECK (length(digest) = 64),
                organisation_id TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
                submitted_at TEXT NOT NULL,
                editable_until TEXT NOT NULL,
                source TEXT NOT NULL CHECK (source IN ('form', 'upload'))
            )
            """,
            "CREATE INDEX submission_organisation ON submission(organisation_id)",
            """
            CREATE TABLE account (
                name TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
                role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
                password_hash TEXT NOT NULL CHECK (length(password_hash) BETWEEN 20 AND 200),
                created_at TEXT NOT NULL
            )
            """,
        ],
        then: JournalTriggers.install)
}
