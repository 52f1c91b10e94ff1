#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A POSIX file descriptor owned by FairPlan, opened for reading, closed on `closeQuietly()` or
/// deinit (files are written through ``OutputFile``).
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

    /// Closes without reporting errors (used on failure paths).
    func closeQuietly() {
        if descriptor >= 0 {
            _ = closeDescriptor(descriptor)
            descriptor = -1
        }
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
