import GRDB

/// The plan file's schema: its identity, its version and the ordered migrations that build it.
///
/// The version lives in SQLite's `user_version` header field and the file is marked as FairPlan's
/// by `application_id`. Opening a file runs, in one write transaction, every migration above the
/// file's version, in order, each setting `user_version` to its own number; a file whose version
/// is above ``currentVersion`` was written by a newer FairPlan and is refused untouched.
enum PlanSchema {
    /// `application_id` of a plan file: "FPLN" in ASCII.
    static let applicationID: Int32 = 0x4650_4C4E

    /// One step of the schema's history.
    struct Migration: Sendable {
        /// The schema version the step produces; versions start at 1 and follow each other.
        let version: Int
        /// What the step does, for the record.
        let summary: String
        /// The SQL statements, run in order.
        let statements: [String]
        /// Work after the statements that depends on the tables as the file then has them (the
        /// journal's triggers), when any.
        var then: (@Sendable (Database) throws -> Void)? = nil
    }

    /// Every migration, in order. Add new ones at the end; never change a published one.
    static let migrations: [Migration] = [
        version1, version2, version3, version4, version5, version6, version7, version8,
    ]

    /// The newest schema version this build knows.
    static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// What the header of an opened file says.
    struct Header {
        /// `PRAGMA application_id`.
        let applicationID: Int32
        /// `PRAGMA user_version`.
        let version: Int
        /// Tables in the file (other than SQLite's own).
        let tableCount: Int
    }

    /// Reads the header fields and counts the tables.
    static func header(_ db: Database) throws -> Header {
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables =
            try Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            ?? 0
        return Header(applicationID: application, version: version, tableCount: tables)
    }

    /// Checks that the file is a plan file this build can use and migrates it to the current
    /// version; runs inside the caller's write transaction.
    ///
    /// An empty database (no tables, version 0) is accepted only when `allowEmpty` (a file being
    /// created).
    static func migrate(_ db: Database, path: String, allowEmpty: Bool) throws {
        let header = try header(db)
        if header.version > currentVersion {
            throw StoreError.newerSchema(path: path, found: header.version, supported: currentVersion)
        }
        let empty = header.tableCount == 0 && header.version == 0
        if empty && !allowEmpty {
            throw StoreError.notAPlanFile(path: path, reason: .emptyDatabase)
        }
        if !empty && header.applicationID != applicationID {
            throw StoreError.notAPlanFile(path: path, reason: .otherProgramDatabase)
        }
        if empty {
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        for migration in migrations where migration.version > header.version {
            for statement in migration.statements {
                try db.execute(sql: statement)
            }
            try migration.then?(db)
            try db.execute(sql: "PRAGMA user_version = \(migration.version)")
        }
        if header.version < currentVersion {
            let broken = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !broken.isEmpty {
                throw StoreError.notAPlanFile(
                    path: path, reason: .brokenReferences(count: broken.count))
            }
        }
    }
}
