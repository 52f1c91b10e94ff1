/// A column of a sheet: its header, width and an optional note on the header.
public struct Column: Hashable, Sendable {
    /// The header text (bold in the header row).
    public var header: String
    /// The width in centimetres.
    public var widthCentimetres: Double
    /// A note attached to the header cell (a comment in LibreOffice and Excel), such as how to
    /// fill the column in; CSV has no place for it.
    public var note: String?

    /// Creates a column.
    public init(_ header: String, widthCentimetres: Double = 3, note: String? = nil) {
        self.header = header
        self.widthCentimetres = widthCentimetres
        self.note = note
    }
}
