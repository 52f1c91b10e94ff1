import Foundation

/// A reader for ZIP archives (ODS files) that refuses what it cannot read safely.
///
/// Reads the end-of-central-directory record and the central directory, then opens entries as
/// pull streams (`EntryStream`) that inflate a bounded buffer at a time and check the CRC-32 at
/// the end, so memory stays flat whatever the entry's size. Refuses ZIP64, more than
/// `Limits.maximumEntryCount` entries, unsafe names, two entries of one name, entries whose bytes
/// overlap and local headers disagreeing with the central directory when opening (so that every
/// reader of the file sees the same document); encrypted entries, methods other than stored and
/// deflate, oversized entries and zip bombs when an entry is opened or read. Not `Sendable`: use
/// a reader from one task at a time.
public final class ZipReader {
    /// The file's name (last path component), used in errors.
    public let fileName: String
    /// The limits applied to this archive.
    public let limits: Limits
    /// The central directory's entries, in order.
    public private(set) var entries: [Entry] = []
    let handle: FileHandle
    let fileSize: Int
    /// Where the central directory starts; entry data must end before it.
    private var directoryOffset = 0

    private static let endRecordSignature: UInt32 = 0x0605_4b50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4b50
    private static let directorySignature: UInt32 = 0x0201_4b50
    static let localHeaderSignature: UInt32 = 0x0403_4b50

    /// Opens an archive and reads its central directory.
    ///
    /// - Parameters:
    ///   - path: Path of the file.
    ///   - fileName: Name used in errors; defaults to the path's last component.
    ///   - limits: Bounds against hostile archives.
    /// - Throws: `SheetsError` when the file cannot be read, is not a ZIP archive, is
    ///   truncated, uses ZIP64, has too many entries, an unsafe or repeated entry name, entries
    ///   that overlap or a local header that disagrees with the central directory.
    public init(path: String, fileName: String? = nil, limits: Limits = Limits()) throws {
        let name = fileName ?? URL(fileURLWithPath: path).lastPathComponent
        self.fileName = name
        self.limits = limits
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SheetsError.cannotOpen(file: name, path: path)
        }
        self.handle = handle
        do {
            let end = try handle.seekToEnd()
            fileSize = Int(end)
        } catch {
            throw SheetsError.io(file: name, message: String(describing: error))
        }
        try readDirectory()
    }

    deinit {
        try? handle.close()
    }

    /// The entry with the given name, if any.
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// Reads a whole entry into memory (for small entries such as `mimetype`).
    ///
    /// - Parameters:
    ///   - entry: An entry of this archive.
    ///   - maximumSize: Refuse entries larger than this.
    public func contents(of entry: Entry, maximumSize: Int = 1024 * 1024) throws -> [UInt8] {
        if entry.uncompressedSize > maximumSize {
            throw SheetsError.entryTooLarge(file: fileName, entry: entry.name, limit: maximumSize)
        }
        let stream = try openEntry(entry)
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try stream.read(into: $0) }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    /// Opens an entry as a pull stream, after checking that it can be read safely.
    ///
    /// - Throws: `SheetsError` for an encrypted entry, an unsupported method, a declared size
    ///   over the limit or a declared ratio over the limit, or a bad local header.
    public func openEntry(_ entry: Entry) throws -> EntryStream {
        if entry.isEncrypted {
            throw SheetsError.encryptedEntry(file: fileName, entry: entry.name)
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw SheetsError.unsupportedCompression(
                file: fileName, entry: entry.name, method: Int(entry.method))
        }
        if entry.uncompressedSize > limits.maximumEntrySize {
            throw SheetsError.entryTooLarge(
                file: fileName, entry: entry.name, limit: limits.maximumEntrySize)
        }
        if entry.method == 0, entry.compressedSize != entry.uncompressedSize {
            throw SheetsError.corruptEntry(
                file: fileName, entry: entry.name, reason: .storedSizesDiffer)
        }
        if entry.uncompressedSize > limits.compressionRatioThreshold,
            entry.uncompressedSize / max(entry.compressedSize, 1) >= limits.maximumCompressionRatio
        {
            throw SheetsError.compressionRatioTooHigh(
                file: fileName, entry: entry.name, limit: limits.maximumCompressionRatio)
        }
        return try EntryStream(reader: self, entry: entry, dataOffset: entry.dataOffset)
    }

    // MARK: - Directory

    private func readDirectory() throws {
        let tailLength = min(fileSize, 65_535 + 22)
        guard tailLength >= 22 else {
            throw SheetsError.corruptArchive(file: fileName, reason: .fileTooShort)
        }
        let tailStart = fileSize - tailLength
        let tail = try bytes(at: tailStart, count: tailLength)
        var found: Int?
        var index = tailLength - 22
        while index >= 0 {
            if Self.uint32(tail, index) == Self.endRecordSignature,
                index + 22 + Int(Self.uint16(tail, index + 20)) == tailLength
            {
                found = index
                break
            }
            index -= 1
        }
        guard let end = found else {
            throw SheetsError.corruptArchive(
                file: fileName, reason: .noEndOfCentralDirectory)
        }
        if end >= 20, Self.uint32(tail, end - 20) == Self.zip64LocatorSignature {
            throw SheetsError.zip64NotSupported(file: fileName)
        }
        let disk = Self.uint16(tail, end + 4)
        let directoryDisk = Self.uint16(tail, end + 6)
        let countOnDisk = Self.uint16(tail, end + 8)
        let count = Self.uint16(tail, end + 10)
        let size = Self.uint32(tail, end + 12)
        let offset = Self.uint32(tail, end + 16)
        if count == 0xFFFF || countOnDisk == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw SheetsError.zip64NotSupported(file: fileName)
        }
        if disk != 0 || directoryDisk != 0 || countOnDisk != count {
            throw SheetsError.corruptArchive(
                file: fileName, reason: .multiDiskArchive)
        }
        if Int(count) > limits.maximumEntryCount {
            throw SheetsError.tooManyEntries(
                file: fileName, count: Int(count), limit: limits.maximumEntryCount)
        }
        let directoryStart = Int(offset)
        let directoryEnd = directoryStart + Int(size)
        guard directoryEnd <= tailStart + end else {
            throw SheetsError.corruptArchive(
                file: fileName, reason: .centralDirectoryOutOfBounds)
        }
        directoryOffset = directoryStart
        let directory = try bytes(at: directoryStart, count: Int(size))
        var position = 0
        var result: [Entry] = []
        result.reserveCapacity(Int(count))
        for _ in 0..<Int(count) {
            result.append(try readDirectoryEntry(directory, at: &position))
        }
        entries = try checkedEntries(result, directoryOffset: directoryStart)
    }

    private func readDirectoryEntry(_ directory: [UInt8], at position: inout Int) throws -> Entry {
        let start = position
        guard start + 46 <= directory.count, Self.uint32(directory, start) == Self.directorySignature else {
            throw SheetsError.corruptArchive(
                file: fileName, reason: .badCentralDirectoryEntry)
        }
        let nameLength = Int(Self.uint16(directory, start + 28))
        let extraLength = Int(Self.uint16(directory, start + 30))
        let commentLength = Int(Self.uint16(directory, start + 32))
        let next = start + 46 + nameLength + extraLength + commentLength
        guard next <= directory.count else {
            throw SheetsError.corruptArchive(
                file: fileName, reason: .truncatedCentralDirectoryEntry)
        }
        let nameBytes = directory[(start + 46)..<(start + 46 + nameLength)]
        let name = String(decoding: nameBytes, as: UTF8.self)
        let compressedSize = Self.uint32(directory, start + 20)
        let uncompressedSize = Self.uint32(directory, start + 24)
        let localOffset = Self.uint32(directory, start + 42)
        if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
            throw SheetsError.zip64NotSupported(file: fileName)
        }
        guard Self.isSafeEntryName(name) else {
            throw SheetsError.unsafeEntryName(file: fileName, entry: name)
        }
        position = next
        return Entry(
            name: name,
            flags: Self.uint16(directory, start + 8),
            method: Self.uint16(directory, start + 10),
            crc32: Self.uint32(directory, start + 16),
            compressedSize: Int(compressedSize),
            uncompressedSize: Int(uncompressedSize),
            localHeaderOffset: Int(localOffset)
        )
    }

    // MARK: - Bytes

    /// Reads exactly `count` bytes at `offset`, or throws `corruptArchive` (truncated).
    func bytes(at offset: Int, count: Int) throws -> [UInt8] {
        guard offset >= 0, count >= 0, offset + count <= fileSize else {
            throw SheetsError.corruptArchive(file: fileName, reason: .truncatedFile)
        }
        let data: Data?
        do {
            try handle.seek(toOffset: UInt64(offset))
            data = try handle.read(upToCount: count)
        } catch {
            throw SheetsError.io(file: fileName, message: String(describing: error))
        }
        let result = [UInt8](data ?? Data())
        guard result.count == count else {
            throw SheetsError.corruptArchive(file: fileName, reason: .truncatedFile)
        }
        return result
    }

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(uint16(bytes, offset)) | UInt32(uint16(bytes, offset + 2)) << 16
    }
}
