#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A POSIX file descriptor owned by FairPlan, closed on `close()` or deinit.
final class FileDescriptor {
    /// Path used in error messages.
    let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 {
            _ = closeDescriptor(descriptor)
        }
    }

    /// Opens an existing file for reading.
    static func openForReading(_ path: String) throws -> FileDescriptor {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw LibXMLError.io(path: path, message: "cannot open for reading: \(lastErrorMessage())")
        }
        return FileDescriptor(path: path, descriptor: descriptor)
    }

    /// Creates a new file that must not exist yet, for writing.
    static func createExclusive(_ path: String) throws -> FileDescriptor {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw LibXMLError.io(path: path, message: "cannot create: \(lastErrorMessage())")
        }
        return FileDescriptor(path: path, descriptor: descriptor)
    }

    /// Size of the file in bytes.
    func size() throws -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw LibXMLError.io(path: path, message: "cannot stat: \(lastErrorMessage())")
        }
        return Int(info.st_size)
    }

    /// Reads up to `buffer.count` bytes; 0 means end of file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = readDescriptor(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR {
                throw LibXMLError.io(path: path, message: "read failed: \(lastErrorMessage())")
            }
        }
    }

    /// Writes all of `bytes`.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var cursor = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let count = writeDescriptor(descriptor, cursor, remaining)
            if count < 0 {
                if errno == EINTR { continue }
                throw LibXMLError.io(path: path, message: "write failed: \(lastErrorMessage())")
            }
            cursor += count
            remaining -= count
        }
    }

    /// Flushes to stable storage and closes; throws if either fails.
    func syncAndClose() throws {
        guard descriptor >= 0 else { return }
        let syncResult = fsync(descriptor)
        let syncMessage = syncResult == 0 ? "" : lastErrorMessage()
        let closeResult = closeDescriptor(descriptor)
        descriptor = -1
        if syncResult != 0 {
            throw LibXMLError.io(path: path, message: "fsync failed: \(syncMessage)")
        }
        if closeResult != 0 {
            throw LibXMLError.io(path: path, message: "close failed: \(lastErrorMessage())")
        }
    }

    /// Closes without reporting errors (used on failure paths).
    func closeQuietly() {
        if descriptor >= 0 {
            _ = closeDescriptor(descriptor)
            descriptor = -1
        }
    }

    /// Renames `source` to `destination`, replacing it atomically.
    static func rename(_ source: String, to destination: String) throws {
        guard renameFile(source, destination) == 0 else {
            throw LibXMLError.io(
                path: destination, message: "cannot rename into place: \(lastErrorMessage())")
        }
    }

    /// Deletes a file, ignoring errors.
    static func removeQuietly(_ path: String) {
        _ = unlink(path)
    }
}

/// `strerror(errno)`.
private func lastErrorMessage() -> String {
    String(cString: strerror(errno))
}

// The POSIX calls below are shadowed by `FileDescriptor`'s own method names inside the class.

private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}

private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func writeDescriptor(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

private func renameFile(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}
