internal import CZlib

/// A raw-deflate compressor (no zlib header), as ZIP's method 8 wants it.
final class ZipWriterDeflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8]
    private var ended = false

    /// Starts a compressor at `level` (0–9).
    init(level: Int32) throws(SheetsError) {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        output = [UInt8](repeating: 0, count: 1 << 16)
        let result = fp_deflateInit2(stream, level)
        guard result == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw SheetsError.compression(file: "", entry: "", code: Int(result))
        }
    }

    deinit {
        if !ended { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `input`, passing compressed chunks to `sink`; `finish` ends the stream.
    ///
    /// - Returns: The zlib error code on failure, or nil.
    func compress(
        _ input: UnsafeRawBufferPointer, finish: Bool, sink: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> Int32? {
        let flush = finish ? Z_FINISH : Z_NO_FLUSH
        stream.pointee.next_in = UnsafeMutablePointer(
            mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        let capacity = output.count
        while true {
            let (result, produced) = output.withUnsafeMutableBytes { raw -> (Int32, Int) in
                stream.pointee.next_out = raw.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(capacity)
                let result = deflate(stream, flush)
                return (result, capacity - Int(stream.pointee.avail_out))
            }
            if result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR {
                return result
            }
            if produced > 0 {
                try output.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) }
            }
            if finish {
                if result == Z_STREAM_END {
                    deflateEnd(stream)
                    ended = true
                    return nil
                }
            } else if stream.pointee.avail_in == 0 && produced < capacity {
                return nil
            }
        }
    }
}
