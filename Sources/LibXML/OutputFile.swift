import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An output file written safely: to a temporary file in the destination's folder, renamed over
/// the destination by ``commit()``.
///
/// - The destination must be absent or a regular file: a device (`/dev/null`, `/dev/full`), a
///   named pipe, a socket, a folder or a symbolic link is refused with
///   ``LibXMLError/unsafeOutput(path:kind:)`` before anything is written, and again just before
///   the rename. Symbolic links are refused rather than followed, so an export never writes
///   through a link someone else placed. A regular file that is an SQLite database (a plan file:
///   its first 16 bytes are `SQLite format 3` and a zero) is refused as ``FileKind/database``, so
///   `--out` naming the plan itself never replaces it.
/// - A file that is replaced keeps its permission bits (`rwx` for owner, group and others: a file
///   of mode 600 stays 600) and, when the system allows it, its owner; a new file gets the usual
///   mode 666 less the process's umask.
/// - The temporary file (`.<name>.<random>.tmp`) is removed on every error path, by
///   ``discard()``, when the object is released uncommitted, and when the process is interrupted
///   by SIGINT, SIGTERM or SIGHUP (a signal handler, installed with the first output file,
///   removes every temporary file in progress, then lets the signal end the process as before).
///
/// Writes are buffered (64 KiB); a write of a whole buffer or more goes straight to the file.
/// Every error is a ``LibXMLError``: ``LibXMLError/unsafeOutput(path:kind:)`` or
/// ``LibXMLError/outputFailed(path:step:message:)`` naming the destination. Not `Sendable`: use
/// one from one task at a time.
public final class OutputFile {
    /// The destination path.
    public let path: String
    /// The temporary file's path (in the destination's folder).
    public let temporaryPath: String
    /// Bytes written so far, buffered ones included: the offset of the next byte.
    public private(set) var offset: UInt64 = 0

    private var descriptor: Int32
    private var slot: Int32
    private var buffer: [UInt8] = []
    private let bufferCapacity = 64 * 1024
    /// The replaced file's permission bits and owner, when the destination exists.
    private let replaced: (mode: mode_t, owner: uid_t, group: gid_t)?
    private var finished = false

    /// Creates the temporary file beside `path`, after checking that `path` may be written.
    ///
    /// - Throws: ``LibXMLError/unsafeOutput(path:kind:)`` when `path` is not absent or a regular
    ///   file; ``LibXMLError/outputFailed(path:step:message:)`` when it cannot be inspected or the
    ///   temporary file cannot be created (a missing folder, no permission).
    public init(path: String) throws {
        self.path = path
        let existing = try Self.inspect(path)
        replaced = existing.map { ($0.st_mode & 0o777, $0.st_uid, $0.st_gid) }
        temporaryPath = Self.temporaryPath(for: path)
        // A replaced file's content is hidden (600) until the file takes the old permissions.
        let mode: mode_t = existing == nil ? 0o666 : 0o600
        // Registered for removal on a signal before it exists: a signal between its creation and
        // its registration would otherwise leave it behind (unlinking a name not yet created is
        // harmless; the name has a random part, so it is no one else's).
        slot = fp_registerTemporaryFile(Self.absolute(temporaryPath))
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else {
            let message = Self.lastErrorMessage()
            fp_unregisterTemporaryFile(slot)
            slot = -1
            finished = true  // nothing to remove: the name may be another file's (EEXIST)
            throw LibXMLError.outputFailed(path: path, step: .createTemporaryFile, message: message)
        }
        buffer.reserveCapacity(bufferCapacity)
    }

    deinit {
        if !finished { discard() }
    }

    /// Writes `bytes` to `path` safely in one call (for a document already in memory, such as an
    /// iCalendar file): a temporary file beside `path`, renamed over it.
    ///
    /// - Throws: ``LibXMLError``, as ``init(path:)`` and ``commit()``; `path` is then untouched.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try OutputFile(path: path)
        do {
            try file.write(bytes)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Checks that `path` may be written: absent, or a regular file.
    ///
    /// Front ends call it before a long computation whose result goes to `path`, so that a bad
    /// destination is reported at once; ``init(path:)`` checks again.
    ///
    /// - Throws: ``LibXMLError/unsafeOutput(path:kind:)`` or, when the destination cannot be
    ///   inspected, ``LibXMLError/outputFailed(path:step:message:)``.
    public static func checkDestination(_ path: String) throws {
        _ = try inspect(path)
    }

    /// The kind of what is at `path` when it may not be written over: not a regular file, or an
    /// SQLite database (``FileKind/database``); nil when `path` is absent or an ordinary regular
    /// file (symbolic links are not followed).
    public static func unsafeKind(at path: String) -> FileKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return kind(of: info.st_mode) ?? (isDatabase(path) ? .database : nil)
    }

    /// Appends bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        try checkOpen()
        offset += UInt64(bytes.count)
        if buffer.count + bytes.count > bufferCapacity {
            try flush()
            if bytes.count >= bufferCapacity {
                try writeAll(bytes)
                return
            }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Overwrites bytes already written at `position` (the buffer is flushed first).
    public func patch(_ bytes: [UInt8], at position: UInt64) throws {
        try checkOpen()
        try flush()
        var done = 0
        while done < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                pwrite(
                    descriptor, raw.baseAddress.map { $0 + done }, raw.count - done,
                    off_t(position) + off_t(done))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw fail(.write)
            }
            done += result
        }
    }

    /// Flushes, syncs and closes the temporary file, gives it the replaced file's permissions and
    /// renames it over the destination. Does nothing after a commit or a discard.
    ///
    /// - Throws: ``LibXMLError``; the destination is then untouched and the temporary file gone.
    public func commit() throws {
        guard !finished else { return }
        do {
            try flush()
            if let replaced {
                // Owner first: changing it may clear permission bits, which are set next.
                if replaced.owner != geteuid() || replaced.group != getegid() {
                    _ = fchown(descriptor, replaced.owner, replaced.group)
                }
                guard fchmod(descriptor, replaced.mode) == 0 else { throw fail(.setPermissions) }
            }
            guard fsync(descriptor) == 0 else { throw fail(.sync) }
            let result = closeDescriptor(descriptor)
            descriptor = -1
            guard result == 0 else { throw fail(.close) }
            // The destination may have changed while the file was written.
            _ = try Self.inspect(path)
            guard rename(temporaryPath, path) == 0 else { throw fail(.rename) }
            finished = true
            fp_unregisterTemporaryFile(slot)
            slot = -1
        } catch {
            discard()
            throw error
        }
    }

    /// Closes and deletes the temporary file; the destination is left untouched. Idempotent.
    public func discard() {
        if descriptor >= 0 {
            _ = closeDescriptor(descriptor)
            descriptor = -1
        }
        if !finished {
            _ = unlink(temporaryPath)
        }
        fp_unregisterTemporaryFile(slot)
        slot = -1
        finished = true
        buffer = []
    }

    /// How many temporary output files of this process are in progress (for tests).
    public static var temporaryFilesInProgress: Int {
        Int(fp_registeredTemporaryFileCount())
    }

    // MARK: - Private

    private func checkOpen() throws {
        guard !finished, descriptor >= 0 else {
            throw LibXMLError.writerMisuse(message: "\(path): output file used after commit or discard")
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let result = writeDescriptor(descriptor, base + done, bytes.count - done)
            if result < 0 {
                if errno == EINTR { continue }
                throw fail(.write)
            }
            done += result
        }
    }

    /// The error of a failed step, with the system's message (read before anything else runs).
    private func fail(_ step: OutputStep) -> LibXMLError {
        .outputFailed(path: path, step: step, message: Self.lastErrorMessage())
    }

    /// The destination's status when it is a regular file, nil when it is absent.
    private static func inspect(_ path: String) throws -> stat? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw LibXMLError.outputFailed(
                path: path, step: .inspectDestination, message: lastErrorMessage())
        }
        if let kind = kind(of: info.st_mode) {
            throw LibXMLError.unsafeOutput(path: path, kind: kind)
        }
        if isDatabase(path) { throw LibXMLError.unsafeOutput(path: path, kind: .database) }
        return info
    }

    /// The header every SQLite database file starts with.
    private static let databaseHeader = Array("SQLite format 3\u{0}".utf8)

    /// Whether the regular file at `path` starts with the SQLite header (read without following
    /// a link; an unreadable file is not taken for a database: writing over it fails on its own).
    private static func isDatabase(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { _ = closeDescriptor(descriptor) }
        var header = [UInt8](repeating: 0, count: databaseHeader.count)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count == databaseHeader.count && header == databaseHeader
    }

    /// The kind of a file mode, nil for a regular file.
    private static func kind(of mode: mode_t) -> FileKind? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .directory
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        case S_IFLNK: .symbolicLink
        default: .other
        }
    }

    /// `.<name>.<16 hex digits>.tmp` in the folder of `path` (the name shortened to keep the
    /// temporary name within the system's limit of 255 bytes).
    static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        var name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        while name.utf8.count > 200 { name.removeLast() }
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return "\(folder).\(name).\(suffix).tmp"
    }

    /// `path` made absolute against the current folder (the signal handler may run anywhere).
    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var folder = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&folder, folder.count) != nil else { return path }
        let prefix = String(decoding: folder.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return prefix.hasSuffix("/") ? prefix + path : prefix + "/" + path
    }

    private static func lastErrorMessage() -> String {
        String(cString: strerror(errno))
    }
}

// The POSIX calls below are shadowed by `OutputFile`'s own method names inside the class.

private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}

private func writeDescriptor(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
