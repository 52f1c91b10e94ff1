#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's standard output as a byte sink, for `--out -`: pass ``write(_:)-(UnsafeRawBufferPointer)``
/// to `XMLWriter(sink:)` or any writer that takes a sink.
///
/// Bytes go straight to file descriptor 1, unbuffered beyond what the caller hands over (writers
/// hand over 64 KiB chunks), retried on interruption. A closed pipe (`EPIPE`, as with
/// `fairplan export ... --out - | head`) or a full disk is reported as
/// ``LibXMLError/outputFailed(path:step:message:)`` naming ``name``.
public enum StandardOutput {
    /// The name used in errors.
    public static let name = "(standard output)"

    /// Writes all of `bytes` to standard output.
    public static func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let result = writeStandardOutput(base + done, bytes.count - done)
            if result < 0 {
                if errno == EINTR { continue }
                throw LibXMLError.outputFailed(
                    path: name, step: .write, message: String(cString: strerror(errno)))
            }
            done += result
        }
    }

    /// Writes all of `bytes` to standard output.
    public static func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

/// `write(1, ...)`, outside the enum whose method shadows the name.
private func writeStandardOutput(_ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(1, buffer, count)
}
