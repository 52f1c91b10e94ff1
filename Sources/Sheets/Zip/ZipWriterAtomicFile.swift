import Foundation

/// A buffered output file written atomically: bytes go to a temporary file in the destination's
/// folder, which `commit()` syncs and renames over the destination; `discard()` (or release
/// without commit) deletes it. Shared by the ZIP and CSV writers.
final class ZipWriterAtomicFile {
    /// The destination path.
    let path: String
    /// The temporary file's path.
    let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let bufferCapacity = 1 << 16
    /// Bytes written so far (including buffered ones): the offset of the next byte.
    private(set) var offset: UInt64 = 0
    private var finished = false

    /// Creates the temporary file next to `path`.
    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        temporaryPath = folder + "/." + name + ".tmp-" + UUID().uuidString
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw SheetsError.fileOperationFailed(
                file: path, operation: .createTemporaryFile, message: Self.errorText())
        }
        buffer.reserveCapacity(bufferCapacity)
    }

    deinit {
        if !finished { discard() }
    }

    /// Appends bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !finished else {
            throw SheetsError.zipWriterMisuse(file: path, reason: .writeAfterClose)
        }
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
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Overwrites bytes already written at `position` (flushing the buffer first).
    func patch(_ bytes: [UInt8], at position: UInt64) throws {
        try flush()
        let written = bytes.withUnsafeBytes { raw in
            pwrite(descriptor, raw.baseAddress, raw.count, off_t(position))
        }
        guard written == bytes.count else {
            throw SheetsError.fileOperationFailed(file: path, operation: .write, message: Self.errorText())
        }
    }

    /// Flushes, syncs and renames the temporary file over the destination.
    func commit() throws {
        guard !finished else { return }
        do {
            try flush()
            guard fsync(descriptor) == 0 else {
                throw SheetsError.fileOperationFailed(file: path, operation: .sync, message: Self.errorText())
            }
            let result = close(descriptor)
            descriptor = -1
            guard result == 0 else {
                throw SheetsError.fileOperationFailed(
                    file: path, operation: .close, message: Self.errorText())
            }
            guard rename(temporaryPath, path) == 0 else {
                throw SheetsError.fileOperationFailed(
                    file: path, operation: .rename, message: Self.errorText())
            }
            finished = true
        } catch {
            discard()
            throw error
        }
    }

    /// Deletes the temporary file; the destination is left untouched.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if !finished {
            unlink(temporaryPath)
        }
        finished = true
        buffer = []
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
            let result = Foundation.write(descriptor, base + done, bytes.count - done)
            if result < 0 {
                if errno == EINTR { continue }
                throw SheetsError.fileOperationFailed(
                    file: path, operation: .write, message: Self.errorText())
            }
            done += result
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
