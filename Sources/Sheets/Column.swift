/// A column of a sheet: its header and width.
public struct Column: Hashable, Sendable {
    /// The header text (bold in the header row).
    public var header: String
    /// The width in centimetres.
    public var widthCentimetres: Double

    /// Creates a column.
    public init(_ header: String, widthCentimetres: Double = 3) {
        self.header = header
        self.widthCentimetres = widthCentimetres
    }
}
