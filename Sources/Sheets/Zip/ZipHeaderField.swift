/// A field of a ZIP entry that its local header and its central directory record both state, and
/// that must agree (``SheetsMessage/headerMismatch(entry:field:)``).
public enum ZipHeaderField: String, CaseIterable, Codable, Hashable, Sendable {
    /// The entry's name.
    case name
    /// The compression method.
    case method
    /// The encryption flag (bit 0 of the general-purpose flags).
    case encryption
    /// The CRC-32 of the uncompressed data.
    case checksum
    /// The compressed size.
    case compressedSize = "compressed-size"
    /// The uncompressed size.
    case uncompressedSize = "uncompressed-size"
}
