/// A streaming ZIP archive writer (no ZIP64), written to a file atomically.
///
/// Entries are written one at a time: `beginEntry(name:method:)`, any number of `write(_:)`
/// calls, then `endEntry()`. Local headers carry no extra field and no data descriptor: the
/// CRC-32 and sizes are patched into the local header when the entry ends, so the first entry's
/// data starts at offset 30 + name length (ODF's `mimetype` at offset 38). Names are flagged as
/// UTF-8 (bit 11) and every entry gets the same DOS timestamp, so output is deterministic.
///
/// The archive is written to a temporary file in the destination folder and renamed into place
/// by `finish()`; if writing fails or the writer is released unfinished, the temporary file is
/// deleted and the destination is left untouched.
public final class ZipWriter {
    /// How an entry's bytes are stored.
    public enum Method: Sendable {
        /// Uncompressed (method 0).
        case stored
        /// Raw deflate (method 8).
        case deflated
    }

    private struct Entry {
        let name: [UInt8]
        let method: Method
        let headerOffset: UInt64
        var crc = CRC32()
        var uncompressedSize: UInt64 = 0
        var compressedSize: UInt64 = 0
    }

    private let file: ZipWriterAtomicFile
    private let dosTime: UInt16
    private let dosDate: UInt16
    private let compressionLevel: Int32
    private var finishedEntries: [Entry] = []
    private var current: Entry?
    private var deflater: ZipWriterDeflater?
    private var failed = false
    private var finished = false

    /// The destination path.
    var path: String { file.path }

    /// Creates the archive's temporary file next to `path`.
    ///
    /// - Parameters:
    ///   - path: The destination file, replaced by `finish()`.
    ///   - modified: The timestamp of every entry, ISO 8601 local time (`2026-12-16T08:00:00`);
    ///     dates before 1980 or unparsable strings give 1980-01-01 00:00.
    ///   - compressionLevel: zlib level, 0–9.
    /// - Throws: `SheetsError.io` if the temporary file cannot be created.
    public init(path: String, modified: String, compressionLevel: Int = 6) throws {
        file = try ZipWriterAtomicFile(path: path)
        (dosDate, dosTime) = Self.dosTimestamp(modified)
        self.compressionLevel = Int32(max(0, min(9, compressionLevel)))
    }

    /// Starts an entry; the previous entry must have been ended.
    public func beginEntry(name: String, method: Method) throws {
        try checkUsable()
        guard current == nil else {
            throw fail(.zipWriterMisuse(file: path, reason: .entryBegunBeforeEnd(entry: name)))
        }
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= Int(UInt16.max) else {
            throw fail(.zipWriterMisuse(file: path, reason: .invalidEntryName(entry: name)))
        }
        let entry = Entry(name: nameBytes, method: method, headerOffset: file.offset)
        guard entry.headerOffset <= UInt64(UInt32.max) else {
            throw fail(.zipEntryTooLarge(file: path, entry: name))
        }
        do {
            try file.write(localHeader(entry))
            if method == .deflated {
                deflater = try ZipWriterDeflater(level: compressionLevel)
            }
        } catch {
            throw fail(error)
        }
        current = entry
    }

    /// Appends bytes to the current entry.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        try checkUsable()
        guard var entry = current else {
            throw fail(.zipWriterMisuse(file: path, reason: .writeOutsideEntry))
        }
        entry.crc.update(bytes)
        entry.uncompressedSize += UInt64(bytes.count)
        guard entry.uncompressedSize <= UInt64(UInt32.max) else {
            throw fail(.zipEntryTooLarge(file: path, entry: String(decoding: entry.name, as: UTF8.self)))
        }
        do {
            entry.compressedSize += try emit(bytes, finish: false, entry: entry)
        } catch {
            throw fail(error)
        }
        current = entry
    }

    /// Appends bytes to the current entry.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Ends the current entry: flushes the compressor and patches the local header.
    public func endEntry() throws {
        try checkUsable()
        guard var entry = current else {
            throw fail(.zipWriterMisuse(file: path, reason: .endOutsideEntry))
        }
        do {
            entry.compressedSize += try emit(
                UnsafeRawBufferPointer(start: nil, count: 0), finish: true, entry: entry)
            let name = String(decoding: entry.name, as: UTF8.self)
            guard entry.compressedSize <= UInt64(UInt32.max), file.offset <= UInt64(UInt32.max) else {
                throw SheetsError.zipEntryTooLarge(file: path, entry: name)
            }
            var sizes = ZipWriterBytes()
            sizes.u32(entry.crc.value)
            sizes.u32(UInt32(entry.compressedSize))
            sizes.u32(UInt32(entry.uncompressedSize))
            try file.patch(sizes.bytes, at: entry.headerOffset + 14)
        } catch {
            throw fail(error)
        }
        deflater = nil
        current = nil
        finishedEntries.append(entry)
    }

    /// Writes a whole entry.
    public func addEntry(name: String, method: Method, bytes: [UInt8]) throws {
        try beginEntry(name: name, method: method)
        try write(bytes)
        try endEntry()
    }

    /// Writes the central directory and end record, then renames the file into place.
    public func finish() throws {
        try checkUsable()
        guard current == nil else {
            throw fail(.zipWriterMisuse(file: path, reason: .finishInsideEntry))
        }
        do {
            let directoryOffset = file.offset
            for entry in finishedEntries {
                try file.write(centralHeader(entry))
            }
            let directorySize = file.offset - directoryOffset
            guard file.offset <= UInt64(UInt32.max), finishedEntries.count < Int(UInt16.max) else {
                throw SheetsError.zipArchiveTooLarge(file: path)
            }
            var end = ZipWriterBytes()
            end.u32(0x0605_4b50)
            end.u16(0)
            end.u16(0)
            end.u16(UInt16(finishedEntries.count))
            end.u16(UInt16(finishedEntries.count))
            end.u32(UInt32(directorySize))
            end.u32(UInt32(directoryOffset))
            end.u16(0)
            try file.write(end.bytes)
            try file.commit()
            finished = true
        } catch {
            throw fail(error)
        }
    }

    /// Abandons the archive: deletes the temporary file.
    public func cancel() {
        failed = true
        file.discard()
    }

    private func checkUsable() throws {
        if failed || finished {
            throw SheetsError.zipWriterMisuse(file: path, reason: .archiveClosed)
        }
    }

    private func fail(_ error: any Error) -> any Error {
        failed = true
        file.discard()
        return error
    }

    private func fail(_ error: SheetsError) -> any Error {
        fail(error as any Error)
    }

    /// Writes `bytes` (compressed or not) to the file; returns the number of bytes written.
    private func emit(_ bytes: UnsafeRawBufferPointer, finish: Bool, entry: Entry) throws -> UInt64 {
        guard let deflater else {
            try file.write(bytes)
            return UInt64(bytes.count)
        }
        var written: UInt64 = 0
        let error = try deflater.compress(bytes, finish: finish) { chunk in
            written += UInt64(chunk.count)
            try file.write(chunk)
        }
        if let error {
            throw SheetsError.compression(
                file: path, entry: String(decoding: entry.name, as: UTF8.self), code: Int(error))
        }
        return written
    }

    private func methodCode(_ method: Method) -> UInt16 { method == .stored ? 0 : 8 }

    private func localHeader(_ entry: Entry) -> [UInt8] {
        var header = ZipWriterBytes()
        header.u32(0x0403_4b50)
        header.u16(20)
        header.u16(1 << 11)
        header.u16(methodCode(entry.method))
        header.u16(dosTime)
        header.u16(dosDate)
        header.u32(0)
        header.u32(0)
        header.u32(0)
        header.u16(UInt16(entry.name.count))
        header.u16(0)
        header.append(entry.name)
        return header.bytes
    }

    private func centralHeader(_ entry: Entry) -> [UInt8] {
        var header = ZipWriterBytes()
        header.u32(0x0201_4b50)
        header.u16(0x0314)
        header.u16(20)
        header.u16(1 << 11)
        header.u16(methodCode(entry.method))
        header.u16(dosTime)
        header.u16(dosDate)
        header.u32(entry.crc.value)
        header.u32(UInt32(entry.compressedSize))
        header.u32(UInt32(entry.uncompressedSize))
        header.u16(UInt16(entry.name.count))
        header.u16(0)
        header.u16(0)
        header.u16(0)
        header.u16(0)
        header.u32(0o100644 << 16)
        header.u32(UInt32(entry.headerOffset))
        header.append(entry.name)
        return header.bytes
    }

    /// The DOS date and time of an ISO 8601 local timestamp.
    static func dosTimestamp(_ iso: String) -> (date: UInt16, time: UInt16) {
        let numbers = iso.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 3, numbers[0] >= 1980, numbers[0] <= 2107,
            (1...12).contains(numbers[1]), (1...31).contains(numbers[2])
        else { return (date: 0x21, time: 0) }
        let hour = numbers.count > 3 && (0...23).contains(numbers[3]) ? numbers[3] : 0
        let minute = numbers.count > 4 && (0...59).contains(numbers[4]) ? numbers[4] : 0
        let second = numbers.count > 5 && (0...59).contains(numbers[5]) ? numbers[5] : 0
        let date = (numbers[0] - 1980) << 9 | numbers[1] << 5 | numbers[2]
        let time = hour << 11 | minute << 5 | second / 2
        return (date: UInt16(date), time: UInt16(time))
    }
}
