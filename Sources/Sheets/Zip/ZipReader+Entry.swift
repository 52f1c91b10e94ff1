extension ZipReader {
    /// One entry of the central directory.
    public struct Entry: Hashable, Sendable {
        /// The entry's path inside the archive (`/`-separated, checked to be relative and safe).
        public let name: String
        /// The general-purpose flags (bit 0: encrypted).
        public let flags: UInt16
        /// The compression method (0 stored, 8 deflate).
        public let method: UInt16
        /// The CRC-32 of the uncompressed data.
        public let crc32: UInt32
        /// The compressed size in bytes.
        public let compressedSize: Int
        /// The declared uncompressed size in bytes.
        public let uncompressedSize: Int
        /// The offset of the entry's local header in the file.
        let localHeaderOffset: Int
        /// The offset of the entry's data (after its local header), set when the local header has
        /// been checked against the central directory.
        var dataOffset = 0

        /// Whether the entry is encrypted (flag bit 0).
        public var isEncrypted: Bool { flags & 1 != 0 }
    }

    /// Whether an entry name is safe to use: relative, `/`-separated, with no `..` segment.
    static func isSafeEntryName(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\0") {
            return false
        }
        let segments = name.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains("..") { return false }
        // A drive letter (`C:`) makes a path absolute on Windows.
        if let first = segments.first, first.count == 2, first.last == ":" { return false }
        return true
    }
}
