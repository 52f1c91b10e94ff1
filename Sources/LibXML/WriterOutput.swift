import CLibXML2

/// Where an `XMLWriter` sends its bytes; the context object of libxml2's output callbacks.
///
/// The write callback never reports failure to libxml2: it records the first error, drops the
/// remaining bytes, and `XMLWriter` rethrows the error after the libxml2 call returns. That keeps
/// libxml2 from printing I/O errors and lets the sink's own error reach the caller unchanged.
final class WriterOutput {
    /// Kinds of destination.
    enum Target {
        /// Accumulate in `bytes`.
        case memory
        /// Hand each chunk to a closure, keeping nothing.
        case sink((UnsafeRawBufferPointer) throws -> Void)
        /// Write a temporary file next to `finalPath`, renamed into place on commit.
        case file(FileDescriptor, temporaryPath: String, finalPath: String)
    }

    let target: Target
    /// Everything written so far (memory target only).
    private(set) var bytes: [UInt8] = []
    /// The first error raised by the destination.
    private(set) var failure: (any Error)?
    /// When true, bytes are dropped silently (abandoned writer).
    var discarding = false

    init(target: Target) {
        self.target = target
    }

    /// Creates a file target: a new temporary file in the same folder as `path`.
    static func file(path: String) throws -> WriterOutput {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else {
            throw LibXMLError.io(path: path, message: "not a file path")
        }
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let temporaryPath = "\(folder).\(name).\(suffix).tmp"
        let file = try FileDescriptor.createExclusive(temporaryPath)
        return WriterOutput(target: .file(file, temporaryPath: temporaryPath, finalPath: path))
    }

    /// Sends one chunk to the destination (called from libxml2's write callback).
    func write(_ chunk: UnsafeRawBufferPointer) {
        guard !discarding, failure == nil, !chunk.isEmpty else { return }
        do {
            switch target {
            case .memory:
                bytes.append(contentsOf: chunk)
            case .sink(let sink):
                try sink(chunk)
            case .file(let file, _, _):
                try file.write(chunk)
            }
        } catch {
            failure = error
        }
    }

    /// Makes the output final: for a file, syncs, closes and renames it into place.
    func commit() throws {
        guard case .file(let file, let temporaryPath, let finalPath) = target else { return }
        do {
            try file.syncAndClose()
            try FileDescriptor.rename(temporaryPath, to: finalPath)
        } catch {
            FileDescriptor.removeQuietly(temporaryPath)
            throw error
        }
    }

    /// Throws the output away: for a file, closes and deletes the temporary file.
    func discard() {
        discarding = true
        bytes = []
        if case .file(let file, let temporaryPath, _) = target {
            file.closeQuietly()
            FileDescriptor.removeQuietly(temporaryPath)
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
