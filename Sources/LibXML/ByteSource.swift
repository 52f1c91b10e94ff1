import CLibXML2

/// A pull source of bytes handed to libxml2 through `xmlInputReadCallback`, with a size limit.
///
/// Errors thrown by the pull closure, and the size-limit error, are stored in `failure`; the
/// callback then returns -1 so that libxml2 stops, and the caller rethrows `failure`.
final class ByteSource {
    /// Name used in error messages.
    let sourceName: String
    /// Maximum number of bytes accepted.
    let limit: Int
    /// Total bytes delivered to libxml2 so far.
    private(set) var totalBytes = 0
    /// The first error thrown by the pull closure or raised by the size check.
    private(set) var failure: (any Error)?
    /// Whether a DOCTYPE in the prolog stops the input (set by `XMLStreamReader`).
    var refusesDocumentType = false
    /// Whether anything but whitespace has been pulled.
    private(set) var sawContent = false
    /// Whether a NUL byte has been pulled before any content, outside UTF-16 input.
    private(set) var sawNul = false
    private var prologScanner: PrologScanner? = PrologScanner()
    private var finished = false
    private let pull: (UnsafeMutableRawBufferPointer) throws -> Int

    init(
        sourceName: String,
        limit: Int,
        pull: @escaping (UnsafeMutableRawBufferPointer) throws -> Int
    ) {
        self.sourceName = sourceName
        self.limit = max(0, limit)
        self.pull = pull
    }

    /// A source reading a file through its descriptor (never by URL).
    static func file(path: String, sourceName: String, limit: Int) throws -> ByteSource {
        let file = try FileDescriptor.openForReading(path)
        if try file.size() > limit {
            throw LibXMLError.inputTooLarge(source: sourceName, limit: limit)
        }
        return ByteSource(sourceName: sourceName, limit: limit) { buffer in
            try file.read(into: buffer)
        }
    }

    /// A source over an in-memory copy of `bytes`.
    static func memory(_ bytes: [UInt8], sourceName: String, limit: Int) -> ByteSource {
        var offset = 0
        return ByteSource(sourceName: sourceName, limit: limit) { buffer in
            let count = min(buffer.count, bytes.count - offset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes { all in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[offset..<offset + count]))
            }
            offset += count
            return count
        }
    }

    /// Fills `buffer`, returning the byte count, 0 at the end, or -1 after a failure.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int32 {
        if failure != nil { return -1 }
        if finished || buffer.isEmpty { return 0 }
        // Ask for one byte more than the limit allows, so that oversized input is detected.
        let remaining = limit - totalBytes
        let request = remaining < buffer.count ? remaining + 1 : buffer.count
        do {
            let count = try pull(UnsafeMutableRawBufferPointer(rebasing: buffer[0..<request]))
            guard count >= 0, count <= request else {
                failure = LibXMLError.internalError(
                    message: "byte source for \(sourceName) returned \(count) for a \(request)-byte buffer"
                )
                return -1
            }
            if count == 0 {
                finished = true
                return 0
            }
            totalBytes += count
            if var scanner = prologScanner {
                scanner.scan(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                sawContent = scanner.sawContent
                sawNul = scanner.sawNul
                if scanner.foundDocumentType, refusesDocumentType {
                    failure = LibXMLError.documentTypeNotAllowed(source: sourceName, line: scanner.line)
                    return -1
                }
                prologScanner = scanner.isFinished || scanner.foundDocumentType ? nil : scanner
            }
            if totalBytes > limit {
                failure = LibXMLError.inputTooLarge(source: sourceName, limit: limit)
                return -1
            }
            return Int32(count)
        } catch {
            failure = error
            return -1
        }
    }

    /// The opaque pointer handed to libxml2 (unretained: the owner keeps the source alive).
    var opaque: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    /// `xmlInputReadCallback` over a source's `opaque` pointer.
    static let readCallback: xmlInputReadCallback = { context, buffer, length in
        guard let context, let buffer, length > 0 else { return -1 }
        let source = Unmanaged<ByteSource>.fromOpaque(context).takeUnretainedValue()
        return source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length)))
    }

    /// `xmlInputCloseCallback`; the owner releases the source itself.
    static let closeCallback: xmlInputCloseCallback = { _ in 0 }
}
