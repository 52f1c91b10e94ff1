extension ZipReader {
    /// The signature that may open a data descriptor.
    private static let dataDescriptorSignature: UInt32 = 0x0807_4b50

    /// The bytes an entry occupies: its local header, data and data descriptor.
    private struct Extent {
        let start: Int
        let end: Int
        let name: String
    }

    /// Checks the central directory's entries against each other and against their local headers
    /// and returns them with their data offsets.
    ///
    /// Refuses two entries of one name (``SheetsMessage/duplicateEntryName(entry:)``), a local
    /// header that is missing or disagrees with the directory on the name, method, encryption
    /// flag, CRC-32 or sizes (``SheetsMessage/headerMismatch(entry:field:)``; with a data
    /// descriptor, the descriptor's values are compared instead), an entry reaching into the
    /// central directory (``SheetsMessage/entryDataOutOfBounds(entry:)``) and entries sharing
    /// bytes (``SheetsMessage/overlappingEntries(entry:other:)``). Time O(n log n) in the entries.
    func checkedEntries(_ entries: [Entry], directoryOffset: Int) throws -> [Entry] {
        var names: Set<String> = []
        for entry in entries where !names.insert(entry.name).inserted {
            throw SheetsError.corruptArchive(file: fileName, reason: .duplicateEntryName(entry: entry.name))
        }
        var checked: [Entry] = []
        checked.reserveCapacity(entries.count)
        var extents: [Extent] = []
        extents.reserveCapacity(entries.count)
        for var entry in entries {
            let extent = try checkLocalHeader(of: &entry, directoryOffset: directoryOffset)
            checked.append(entry)
            extents.append(extent)
        }
        extents.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        for (previous, next) in zip(extents, extents.dropFirst()) where next.start < previous.end {
            throw SheetsError.corruptArchive(
                file: fileName, reason: .overlappingEntries(entry: next.name, other: previous.name))
        }
        return checked
    }

    /// Reads `entry`'s local header (and data descriptor), compares them with the directory,
    /// sets the entry's data offset and returns the bytes it occupies.
    private func checkLocalHeader(of entry: inout Entry, directoryOffset: Int) throws -> Extent {
        guard entry.localHeaderOffset + 30 <= directoryOffset else {
            throw SheetsError.corruptArchive(file: fileName, reason: .badLocalHeader(entry: entry.name))
        }
        let header = try bytes(at: entry.localHeaderOffset, count: 30)
        guard Self.uint32(header, 0) == Self.localHeaderSignature else {
            throw SheetsError.corruptArchive(file: fileName, reason: .badLocalHeader(entry: entry.name))
        }
        let nameLength = Int(Self.uint16(header, 26))
        let dataOffset = entry.localHeaderOffset + 30 + nameLength + Int(Self.uint16(header, 28))
        guard dataOffset <= directoryOffset else {
            throw SheetsError.corruptArchive(file: fileName, reason: .entryDataOutOfBounds(entry: entry.name))
        }
        let localName = String(
            decoding: try bytes(at: entry.localHeaderOffset + 30, count: nameLength), as: UTF8.self)
        let flags = Self.uint16(header, 6)
        try expect(localName == entry.name, entry, .name)
        try expect(Self.uint16(header, 8) == entry.method, entry, .method)
        try expect(flags & 1 == entry.flags & 1, entry, .encryption)
        var end = dataOffset + entry.compressedSize
        guard end <= directoryOffset else {
            throw SheetsError.corruptArchive(file: fileName, reason: .entryDataOutOfBounds(entry: entry.name))
        }
        let local = (
            crc: Self.uint32(header, 14), compressed: Int(Self.uint32(header, 18)),
            uncompressed: Int(Self.uint32(header, 22))
        )
        if flags & 0x8 == 0 {
            try expect(local.crc == entry.crc32, entry, .checksum)
            try expect(local.compressed == entry.compressedSize, entry, .compressedSize)
            try expect(local.uncompressed == entry.uncompressedSize, entry, .uncompressedSize)
        } else {
            // A data descriptor follows the data; the local header's fields are zero or agree.
            try expect(local.crc == 0 || local.crc == entry.crc32, entry, .checksum)
            try expect(
                local.compressed == 0 || local.compressed == entry.compressedSize, entry, .compressedSize)
            try expect(
                local.uncompressed == 0 || local.uncompressed == entry.uncompressedSize, entry,
                .uncompressedSize)
            guard end + 12 <= directoryOffset else {
                throw SheetsError.corruptArchive(
                    file: fileName, reason: .entryDataOutOfBounds(entry: entry.name))
            }
            var descriptor = try bytes(at: end, count: min(16, directoryOffset - end))
            var length = 12
            if Self.uint32(descriptor, 0) == Self.dataDescriptorSignature, descriptor.count == 16 {
                descriptor.removeFirst(4)
                length = 16
            }
            try expect(Self.uint32(descriptor, 0) == entry.crc32, entry, .checksum)
            try expect(Int(Self.uint32(descriptor, 4)) == entry.compressedSize, entry, .compressedSize)
            try expect(Int(Self.uint32(descriptor, 8)) == entry.uncompressedSize, entry, .uncompressedSize)
            end += length
        }
        entry.dataOffset = dataOffset
        return Extent(start: entry.localHeaderOffset, end: end, name: entry.name)
    }

    /// Throws ``SheetsMessage/headerMismatch(entry:field:)`` unless `agrees`.
    private func expect(_ agrees: Bool, _ entry: Entry, _ field: ZipHeaderField) throws {
        guard agrees else {
            throw SheetsError.corruptArchive(
                file: fileName, reason: .headerMismatch(entry: entry.name, field: field))
        }
    }
}
