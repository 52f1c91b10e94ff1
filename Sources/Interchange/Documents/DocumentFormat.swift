/// The file format papers are written in.
public enum DocumentFormat: String, CaseIterable, Hashable, Sendable, Codable {
    /// OpenDocument Text (`.odt`, ODF 1.3).
    case odt
    /// PDF, converted from the ODT by LibreOffice.
    case pdf
}
