import CZlib

extension ZipReader {
    /// An entry's uncompressed bytes, pulled a buffer at a time.
    ///
    /// Inflates (or copies, for stored entries) at most 64 KiB of compressed input at a time;
    /// refuses output beyond the declared size, beyond `Limits.maximumEntrySize`, or at a ratio
    /// above `Limits.maximumCompressionRatio` once past `Limits.compressionRatioThreshold`; checks
    /// the CRC-32 and the size when the data ends.
    public final class EntryStream {
        private let reader: ZipReader
        /// The entry being read.
        public let entry: Entry
        private var fileOffset: Int
        private var compressedRemaining: Int
        private var produced = 0
        private var consumed = 0
        private var checksum: UInt32 = 0
        private var finished = false
        private let input: UnsafeMutableRawBufferPointer
        private var stream: UnsafeMutablePointer<z_stream>?

        private static let inputChunk = 64 * 1024

        init(reader: ZipReader, entry: Entry, dataOffset: Int) throws {
            self.reader = reader
            self.entry = entry
            fileOffset = dataOffset
            compressedRemaining = entry.compressedSize
            input = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.inputChunk, alignment: 1)
            if entry.method == 8 {
                let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
                stream.initialize(to: z_stream())
                guard fp_inflateInit2(stream) == Z_OK else {
                    stream.deallocate()
                    throw SheetsError.corruptEntry(
                        file: reader.fileName, entry: entry.name,
                        reason: .inflateFailed(detail: "inflateInit2"))
                }
                self.stream = stream
            }
        }

        deinit {
            if let stream {
                inflateEnd(stream)
                stream.deinitialize(count: 1)
                stream.deallocate()
            }
            input.deallocate()
        }

        /// Fills `buffer` with up to `buffer.count` bytes and returns how many; 0 at the end.
        ///
        /// - Throws: `SheetsError` for corrupt or truncated data, a size or CRC-32 mismatch,
        ///   or a zip bomb.
        public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            if finished || buffer.isEmpty { return 0 }
            let count = entry.method == 8 ? try inflate(into: buffer) : try copy(into: buffer)
            if count > 0 {
                checksum = UInt32(
                    crc32(
                        UInt(checksum), buffer.baseAddress?.assumingMemoryBound(to: Bytef.self), UInt32(count)
                    ))
                produced += count
                try checkBounds()
            }
            if finished { try verify() }
            return count
        }

        private var fileName: String { reader.fileName }

        private func copy(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            let wanted = min(buffer.count, compressedRemaining)
            if wanted == 0 {
                finished = true
                return 0
            }
            let bytes = try reader.bytes(at: fileOffset, count: wanted)
            buffer.copyBytes(from: bytes)
            fileOffset += wanted
            compressedRemaining -= wanted
            consumed += wanted
            if compressedRemaining == 0 { finished = true }
            return wanted
        }

        private func inflate(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            guard let stream, let output = buffer.baseAddress else { return 0 }
            stream.pointee.next_out = output.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = UInt32(min(buffer.count, Int(UInt32.max)))
            while stream.pointee.avail_out > 0 {
                if stream.pointee.avail_in == 0 {
                    try refill(stream)
                }
                let inputBefore = stream.pointee.avail_in
                let outputBefore = stream.pointee.avail_out
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                consumed += Int(inputBefore - stream.pointee.avail_in)
                if status == Z_STREAM_END {
                    finished = true
                    break
                }
                if status == Z_BUF_ERROR, stream.pointee.avail_in == 0, compressedRemaining == 0 {
                    throw SheetsError.corruptEntry(
                        file: fileName, entry: entry.name, reason: .truncatedData)
                }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib \(status)"
                    throw SheetsError.corruptEntry(
                        file: fileName, entry: entry.name, reason: .inflateFailed(detail: message))
                }
                if stream.pointee.avail_out < outputBefore {
                    // Return what is ready rather than block on more input.
                    break
                }
            }
            return buffer.count - Int(stream.pointee.avail_out)
        }

        private func refill(_ stream: UnsafeMutablePointer<z_stream>) throws {
            let wanted = min(Self.inputChunk, compressedRemaining)
            guard wanted > 0 else {
                throw SheetsError.corruptEntry(
                    file: fileName, entry: entry.name, reason: .truncatedData)
            }
            let bytes = try reader.bytes(at: fileOffset, count: wanted)
            input.copyBytes(from: bytes)
            fileOffset += wanted
            compressedRemaining -= wanted
            stream.pointee.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_in = UInt32(wanted)
        }

        private func checkBounds() throws {
            if produced > entry.uncompressedSize {
                throw SheetsError.entrySizeMismatch(
                    file: fileName, entry: entry.name, declared: entry.uncompressedSize)
            }
            let limits = reader.limits
            if produced > limits.maximumEntrySize {
                throw SheetsError.entryTooLarge(
                    file: fileName, entry: entry.name, limit: limits.maximumEntrySize)
            }
            if produced > limits.compressionRatioThreshold,
                produced / max(consumed, 1) > limits.maximumCompressionRatio
            {
                throw SheetsError.compressionRatioTooHigh(
                    file: fileName, entry: entry.name, limit: limits.maximumCompressionRatio)
            }
        }

        private func verify() throws {
            if produced != entry.uncompressedSize {
                throw SheetsError.corruptEntry(
                    file: fileName, entry: entry.name,
                    reason: .sizeMismatch(produced: produced, declared: entry.uncompressedSize))
            }
            if checksum != entry.crc32 {
                throw SheetsError.checksumMismatch(file: fileName, entry: entry.name)
            }
        }
    }
}
