/// A block of a document's body.
public enum DocumentBlock: Hashable, Sendable {
    /// A paragraph.
    case paragraph(DocumentParagraph)
    /// A table.
    case table(DocumentTable)
    /// A page break before the next paragraph or table, which starts a page of the named page
    /// style (nil: the current one).
    case pageBreak(pageStyle: String?)
}
