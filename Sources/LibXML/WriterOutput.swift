import CLibXML2

/// Where an `XMLWriter` sends its bytes; the context object of libxml2's output callbacks.
///
/// The write callback never reports failure to libxml2: it records the first error, drops the
/// remaining bytes, and `XMLWriter` rethrows the error after the libxml2 call returns. That keeps
/// libxml2 from printing I/O errors and lets the sink's own error reach the caller unchanged.
///
/// libxml2 hands over about 4 KB at a time; for a sink or a file the bytes are gathered into
/// chunks of `chunkSize` (64 KiB by default), so that a compressor or the kernel sees few, large
/// writes. `flush()` sends the last, partial chunk.
final class WriterOutput {
    /// The default size of the chunks handed to a sink or written to a file.
    static let defaultChunkSize = 64 * 1024

    /// Kinds of destination.
    enum Target {
        /// Accumulate in `bytes`.
        case memory
        /// Hand each chunk to a closure, keeping nothing.
        case sink((UnsafeRawBufferPointer) throws -> Void)
        /// Write a temporary file next to the destination, renamed into place on commit
        /// (``OutputFile``: devices, pipes, folders and links refused, permissions kept).
        case file(OutputFile)
    }

    /// The mutable fields, kept behind a pointer so that the writer's check after every libxml2
    /// call pays no dynamic exclusivity check.
    private struct Status {
        var bytes: [UInt8] = []
        var failure: (any Error)?
        var discarding = false
        var pendingCount = 0
    }

    let target: Target
    private let status: UnsafeMutablePointer<Status>
    /// The size of the chunks gathered for a sink or a file.
    let chunkSize: Int
    /// Bytes gathered for the next chunk (sink and file targets only).
    private let pending: UnsafeMutableRawPointer?

    /// Everything written so far (memory target only).
    var bytes: [UInt8] { status.pointee.bytes }
    /// The first error raised by the destination.
    var failure: (any Error)? { status.pointee.failure }
    /// Whether the destination raised an error.
    var hasFailed: Bool { status.pointee.failure != nil }
    /// When true, bytes are dropped silently (abandoned writer).
    var discarding: Bool {
        get { status.pointee.discarding }
        set { status.pointee.discarding = newValue }
    }
    private var pendingCount: Int {
        get { status.pointee.pendingCount }
        set { status.pointee.pendingCount = newValue }
    }

    init(target: Target, chunkSize: Int = WriterOutput.defaultChunkSize) {
        self.target = target
        self.chunkSize = max(64, chunkSize)
        status = .allocate(capacity: 1)
        status.initialize(to: Status())
        if case .memory = target {
            pending = nil
        } else {
            pending = .allocate(byteCount: self.chunkSize, alignment: 16)
        }
    }

    deinit {
        pending?.deallocate()
        status.deinitialize(count: 1)
        status.deallocate()
    }

    /// Creates a file target: a new temporary file in the same folder as `path`.
    static func file(path: String) throws -> WriterOutput {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw LibXMLError.unsafeOutput(path: path, kind: .directory)
        }
        return WriterOutput(target: .file(try OutputFile(path: path)))
    }

    /// Takes bytes from libxml2's write callback: appends them (memory) or gathers them into
    /// chunks for the destination.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard !discarding, !hasFailed, var source = bytes.baseAddress, !bytes.isEmpty else { return }
        guard let pending else {
            status.pointee.bytes.append(contentsOf: bytes)
            return
        }
        var remaining = bytes.count
        while remaining > 0, !hasFailed {
            if pendingCount == 0 && remaining >= chunkSize {
                deliver(UnsafeRawBufferPointer(start: source, count: chunkSize))
                source += chunkSize
                remaining -= chunkSize
                continue
            }
            let step = min(chunkSize - pendingCount, remaining)
            (pending + pendingCount).copyMemory(from: source, byteCount: step)
            pendingCount += step
            source += step
            remaining -= step
            if pendingCount == chunkSize {
                flush()
            }
        }
    }

    /// Sends the gathered bytes, if any, to the destination.
    func flush() {
        guard let pending, pendingCount > 0 else { return }
        let count = pendingCount
        pendingCount = 0
        deliver(UnsafeRawBufferPointer(start: pending, count: count))
    }

    /// Sends one chunk to a sink or a file, recording the first error.
    private func deliver(_ chunk: UnsafeRawBufferPointer) {
        guard !discarding, !hasFailed else { return }
        do {
            switch target {
            case .memory:
                status.pointee.bytes.append(contentsOf: chunk)
            case .sink(let sink):
                try sink(chunk)
            case .file(let file):
                try file.write(chunk)
            }
        } catch {
            status.pointee.failure = error
        }
    }

    /// Makes the output final: for a file, syncs, closes and renames it into place.
    func commit() throws {
        guard case .file(let file) = target else { return }
        try file.commit()
    }

    /// Throws the output away: for a file, closes and deletes the temporary file.
    func discard() {
        discarding = true
        status.pointee.bytes = []
        pendingCount = 0
        if case .file(let file) = target {
            file.discard()
        }
    }

    /// The opaque pointer handed to libxml2 (unretained: the writer keeps the output alive).
    var opaque: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    /// `xmlOutputWriteCallback` over an output's `opaque` pointer.
    static let writeCallback: xmlOutputWriteCallback = { context, buffer, length in
        guard let context, length >= 0 else { return -1 }
        let output = Unmanaged<WriterOutput>.fromOpaque(context).takeUnretainedValue()
        if let buffer, length > 0 {
            output.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        }
        return length
    }

    /// `xmlOutputCloseCallback`; the writer finalises the output itself.
    static let closeCallback: xmlOutputCloseCallback = { _ in 0 }
}
