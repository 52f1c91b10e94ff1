import Foundation
import GRDB
public import Planning

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A plan file (`*.fairplan`): one event's plan, kept durably in SQLite.
///
/// The file is a SQLite database in WAL mode with foreign keys enforced, opened through a GRDB
/// `DatabasePool` with a busy timeout of ``busyTimeoutSeconds``, so several processes (two
/// terminals running `fairplan`) can use one plan: readers never block, writers wait their turn.
/// Every public method that changes the plan runs in **one transaction**: it either happens
/// completely or, when it throws, leaves the file as it was — also when the process is killed
/// half-way. Methods throw only ``StoreError``.
///
/// Lists come back as Planning values, sorted for people to read (Vietnamese order where names
/// matter); ``loadPlan()`` returns the whole plan in the order things were added.
public final class PlanStore: Sendable {
    /// The extension plan files carry.
    public static let fileExtension = "fairplan"
    /// How long a writer waits for another process's transaction before giving up, in seconds.
    static let busyTimeoutSeconds: Double = 10
    /// The newest schema version this build reads and writes.
    public static var schemaVersion: Int { PlanSchema.currentVersion }

    /// The plan file's path.
    public let path: String
    /// The connection pool (one writer, concurrent readers).
    let pool: DatabasePool
    /// Who, when and what the writes of this store are recorded as in the journal; nil for writes
    /// that are not people's commands (creating a file, migrations).
    let note: JournalNote?
    /// Name keys an import made ahead for its connections' SQL functions (``NameKeyMemo``).
    let keys: NameKeyMemo
    private init(path: String, pool: DatabasePool, keys: NameKeyMemo, note: JournalNote? = nil) {
        self.path = path
        self.pool = pool
        self.keys = keys
        self.note = note
    }

    /// A store over a new pool on `path` (SQLite opening `location`, the path itself unless
    /// given), its connections sharing one memo of name keys.
    private static func opening(_ path: String, readOnly: Bool = false, location: String? = nil) throws
        -> PlanStore
    {
        let keys = NameKeyMemo()
        let pool = try makePool(location ?? path, readOnly: readOnly, keys: keys)
        return PlanStore(path: path, pool: pool, keys: keys)
    }

    /// The same plan file, its writes recorded in the journal as `note` (one entry per
    /// transaction: every public method that changes the plan is one transaction).
    public func journaling(_ note: JournalNote) -> PlanStore {
        PlanStore(path: path, pool: pool, keys: keys, note: note)
    }

    /// Creates a new plan file for an event; refuses to overwrite an existing file.
    public static func create(at path: String, event: Event) throws -> PlanStore {
        try create(at: path, plan: Plan(event: event))
    }

    /// Creates a new plan file holding a whole plan (for example an embedded sample), in one
    /// transaction; refuses to overwrite an existing file.
    ///
    /// When anything fails (a dangling reference in the plan, a full disk), the new file is
    /// removed again and the error thrown.
    public static func create(at path: String, plan: Plan) throws -> PlanStore {
        try reserve(path)
        do {
            let store = try opening(path)
            try store.write { db in
                try PlanSchema.migrate(db, path: path, allowEmpty: true)
                try store.insertPlan(plan, db)
            }
            return store
        } catch {
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
            throw convert(error, path: path)
        }
    }

    /// Opens an existing plan file, migrating it forward to ``schemaVersion`` when it is older.
    ///
    /// A file written by a newer FairPlan is refused untouched with ``StoreError/newerSchema(path:found:supported:)``;
    /// a file that is not a FairPlan plan with ``StoreError/notAPlanFile(path:reason:)``.
    ///
    /// For ``PlanAccess/reading`` the file is opened read-only (`query_only` connections that
    /// take a snapshot): it is never written, not even its header, a writer in another process
    /// never blocks it, and a file the user may only read opens, also in a folder the user may not
    /// write in (see ``readingLocation(_:)``). An older file is migrated first when it may be
    /// written. For ``PlanAccess/writing`` (or an older file to migrate) a file the user may only
    /// read, or one in a folder where SQLite cannot keep its write-ahead log, is refused with
    /// ``StoreError/readOnlyFile(path:)``.
    public static func open(at path: String, for access: PlanAccess = .writing) throws -> PlanStore {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw StoreError.fileNotFound(path: path)
        }
        if isFolder.boolValue { throw StoreError.notAPlanFile(path: path, reason: .folder) }
        let writable = FileManager.default.isWritableFile(atPath: path) && folderIsWritable(path)
        let logBefore = FileManager.default.fileExists(atPath: path + "-wal")
        let indexBefore = FileManager.default.fileExists(atPath: path + "-shm")
        do {
            // A file cut short is refused before SQLite opens it, so it leaves nothing beside it.
            if !logBefore, isCutShort(path) {
                throw StoreError.notAPlanFile(path: path, reason: .damagedDatabase)
            }
            let location = try readingLocation(path)
            let header = try inspect(path, location: location)
            if access == .reading && header.version == PlanSchema.currentVersion {
                return try opening(path, readOnly: true, location: location)
            }
            guard writable else { throw StoreError.readOnlyFile(path: path) }
            let store = try opening(path)
            try store.write { db in try PlanSchema.migrate(db, path: path, allowEmpty: false) }
            guard access == .reading else { return store }
            try store.close()
            return try opening(path, readOnly: true)
        } catch {
            let converted = convert(error, path: path)
            if case .notAPlanFile = converted, !logBefore, !indexBefore {
                removeLeftovers(of: path)
            }
            throw converted
        }
    }

    /// Whether an SQLite file is shorter than its own header says: its page size times its page
    /// count, when the header's count is valid (the change counter at offset 24 equals the
    /// version-valid-for number at offset 92), as a copy cut off midway leaves it. Only asked
    /// when no write-ahead log is beside the file (pages in a log may not be in the file yet).
    static func isCutShort(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 100), data.count == 100,
            data.prefix(16) == Data("SQLite format 3\u{0}".utf8),
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber
        else { return false }
        let bytes = [UInt8](data)
        func number(at offset: Int) -> UInt64 {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt64($1) }
        }
        let rawPageSize = UInt64(bytes[16]) << 8 | UInt64(bytes[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        let pages = number(at: 28)
        guard pages > 0, number(at: 24) == number(at: 92) else { return false }
        return size.uint64Value < pageSize * pages
    }

    /// After a file that is no plan (or a damaged one) failed to open: removes the `-wal` and
    /// `-shm` files SQLite made beside it, when the log holds nothing (QA 41b #7). Only called
    /// when neither existed before the attempt, so no other connection's log is touched; a log
    /// with content is kept.
    static func removeLeftovers(of path: String) {
        let files = FileManager.default
        let log = (try? files.attributesOfItem(atPath: path + "-wal"))?[.size] as? NSNumber
        guard (log?.intValue ?? 0) == 0 else { return }
        try? files.removeItem(atPath: path + "-wal")
        try? files.removeItem(atPath: path + "-shm")
    }

    /// The schema version of the open file.
    public func fileSchemaVersion() throws -> Int {
        try read { db in try PlanSchema.header(db).version }
    }

    /// Whether SQLite finds the file sound (`PRAGMA integrity_check` and `foreign_key_check`).
    public func checkIntegrity() throws -> Bool {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            return integrity == ["ok"] && foreignKeys.isEmpty
        }
    }

    /// Closes the file's connections; the store must not be used afterwards.
    ///
    /// Closing the last connection checkpoints the write-ahead log into the file. Dropping the
    /// store closes it too; this method reports a failure.
    public func close() throws {
        do {
            try pool.close()
        } catch {
            throw Self.convert(error, path: path)
        }
    }

    // MARK: - Internals

    /// Whether the user may create files in the folder holding `path` (SQLite keeps a plan's
    /// write-ahead log, `-wal`, and its index, `-shm`, there).
    static func folderIsWritable(_ path: String) -> Bool {
        // Not `NSString.deletingLastPathComponent`, which traps on a one-character path on Linux.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// What a reading pool opens: the path itself, or, in a folder the user may not write in,
    /// SQLite's `immutable` URI of it.
    ///
    /// A WAL-mode file is read through its `-shm` index, which SQLite creates beside it, so in a
    /// folder the user may not write in (a shared drive, a colleague's folder) it cannot open. With
    /// no write-ahead log pending there (none, or an empty one: every transaction is in the file),
    /// the file alone is the whole plan, and SQLite reads it as immutable, without the index.
    /// When the index is already there, SQLite reads through it. A pending log with no index
    /// cannot be read whole: ``StoreError/pendingLogInLockedFolder(path:)``.
    static func readingLocation(_ path: String) throws -> String {
        guard !folderIsWritable(path) else { return path }
        let files = FileManager.default
        if files.fileExists(atPath: path + "-shm") { return path }
        let log = (try? files.attributesOfItem(atPath: path + "-wal"))?[.size] as? NSNumber
        if let log, log.intValue > 0 { throw StoreError.pendingLogInLockedFolder(path: path) }
        let absolute = path.hasPrefix("/") ? path : files.currentDirectoryPath + "/" + path
        var escaped = ""
        for character in absolute.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return "file:" + escaped + "?immutable=1"
    }

    /// The pool's configuration: foreign keys, busy timeout, WAL (the pool's own mode), and
    /// FairPlan's SQL functions (``PlanFunctions``) on every connection.
    static func makePool(_ path: String, readOnly: Bool = false, keys: NameKeyMemo) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.prepareDatabase { db in try PlanFunctions.register(db, memo: keys) }
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeoutSeconds)
        configuration.label = "FairPlan"
        return try DatabasePool(path: path, configuration: configuration)
    }

    /// Creates the empty file exclusively, so two processes cannot both create it.
    static func reserve(_ path: String) throws {
        #if canImport(Glibc)
            let descriptor = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
        #else
            let descriptor = Darwin.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
        #endif
        if descriptor < 0 {
            let code = errno
            if code == EEXIST { throw StoreError.fileExists(path: path) }
            throw StoreError.database(path: path, reason: String(cString: strerror(code)))
        }
        #if canImport(Glibc)
            _ = Glibc.close(descriptor)
        #else
            _ = Darwin.close(descriptor)
        #endif
    }

    /// Reads the header of an existing file without changing it, and refuses a file that is not
    /// a plan or is from a newer FairPlan before the pool switches it to WAL; returns the header.
    /// SQLite opens `location` (see ``readingLocation(_:)``), the path itself unless given.
    static func inspect(_ path: String, location: String? = nil) throws -> PlanSchema.Header {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeoutSeconds)
        let queue = try DatabaseQueue(path: location ?? path, configuration: configuration)
        let header = try queue.read { db in try PlanSchema.header(db) }
        try queue.close()
        if header.version > PlanSchema.currentVersion {
            throw StoreError.newerSchema(
                path: path, found: header.version, supported: PlanSchema.currentVersion)
        }
        if header.tableCount == 0 && header.version == 0 {
            throw StoreError.notAPlanFile(path: path, reason: .emptyDatabase)
        }
        if header.applicationID != PlanSchema.applicationID {
            throw StoreError.notAPlanFile(path: path, reason: .otherProgramDatabase)
        }
        return header
    }

    /// Runs `body` in one write transaction, converting every error to ``StoreError``.
    ///
    /// When the store has a ``note``, the transaction is recorded as one journal entry (see
    /// `recordingJournal`): every row it changes, before and after, so it can be undone.
    @discardableResult
    func write<Value>(_ body: (Database) throws -> Value) throws -> Value {
        do {
            guard let note else { return try pool.write(body) }
            return try pool.write { db in try recordingJournal(note, db, body) }
        } catch {
            throw Self.convert(error, path: path)
        }
    }

    /// Runs `body` in one read transaction (a consistent snapshot), converting errors.
    func read<Value>(_ body: (Database) throws -> Value) throws -> Value {
        do {
            return try pool.read(body)
        } catch {
            throw Self.convert(error, path: path)
        }
    }

    /// The ``StoreError`` for any error.
    static func convert(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB {
                return .notAPlanFile(path: path, reason: .notSQLiteDatabase)
            }
            if error.resultCode == .SQLITE_CORRUPT {
                return .notAPlanFile(path: path, reason: .damagedDatabase)
            }
            if error.resultCode == .SQLITE_READONLY { return .readOnlyFile(path: path) }
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                return .busy(path: path, seconds: Int(busyTimeoutSeconds))
            }
            if error.resultCode == .SQLITE_FULL { return .diskFull(path: path) }
            return .database(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        return .database(path: path, reason: "\(error)")
    }
}
