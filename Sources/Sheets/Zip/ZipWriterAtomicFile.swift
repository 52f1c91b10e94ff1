internal import LibXML

/// A buffered output file written atomically, shared by the ZIP and CSV writers: LibXML's
/// ``OutputFile`` (a temporary file in the destination's folder, renamed over the destination by
/// `commit()`; devices, pipes, sockets, folders and links refused; the replaced file's permissions
/// kept; the temporary file removed on failure, on release without commit and on SIGINT/SIGTERM),
/// with its errors as ``SheetsError``.
final class ZipWriterAtomicFile {
    /// The destination path.
    let path: String
    private let file: OutputFile
    private var finished = false

    /// Creates the temporary file next to `path`.
    ///
    /// - Throws: ``SheetsError/unsafeDestination(file:kind:)`` or
    ///   ``SheetsError/fileOperationFailed(file:operation:message:)``.
    init(path: String) throws {
        self.path = path
        do {
            file = try OutputFile(path: path)
        } catch let error as LibXMLError {
            throw SheetsError(writing: error, file: path)
        }
    }

    /// The temporary file's path.
    var temporaryPath: String { file.temporaryPath }

    /// Bytes written so far (including buffered ones): the offset of the next byte.
    var offset: UInt64 { file.offset }

    /// Appends bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try checkOpen()
        try translating { try file.write(bytes) }
    }

    /// Appends bytes.
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Overwrites bytes already written at `position` (flushing the buffer first).
    func patch(_ bytes: [UInt8], at position: UInt64) throws {
        try checkOpen()
        try translating { try file.patch(bytes, at: position) }
    }

    /// Flushes, syncs and renames the temporary file over the destination.
    func commit() throws {
        guard !finished else { return }
        finished = true
        try translating { try file.commit() }
    }

    /// Deletes the temporary file; the destination is left untouched.
    func discard() {
        finished = true
        file.discard()
    }

    private func checkOpen() throws {
        guard !finished else {
            throw SheetsError.zipWriterMisuse(file: path, reason: .writeAfterClose)
        }
    }

    private func translating(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as LibXMLError {
            throw SheetsError(writing: error, file: path)
        }
    }
}
