/// A cell of a ``DocumentTable``: paragraphs, possibly spanning columns.
public struct DocumentTableCell: Hashable, Sendable {
    /// The paragraphs (at least one is written).
    public var paragraphs: [DocumentParagraph]
    /// How many columns the cell spans (1 or more).
    public var columnSpan: Int
    /// Content centred vertically (otherwise at the top).
    public var middle: Bool

    /// A cell.
    public init(_ paragraphs: [DocumentParagraph], columnSpan: Int = 1, middle: Bool = false) {
        self.paragraphs = paragraphs
        self.columnSpan = max(1, columnSpan)
        self.middle = middle
    }

    /// A cell with one paragraph of text.
    public init(_ style: String, text: String, columnSpan: Int = 1) {
        self.init([DocumentParagraph(style, text: text)], columnSpan: columnSpan)
    }
}
