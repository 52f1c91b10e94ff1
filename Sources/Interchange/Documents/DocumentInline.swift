/// A piece of a paragraph's content.
public enum DocumentInline: Hashable, Sendable {
    /// Text in the paragraph's style; runs of spaces, tabs and line ends are kept.
    case text(String)
    /// Text in a character style (``TextStyle``, by name).
    case styled(String, style: String)
    /// A line break inside the paragraph.
    case lineBreak
    /// The current page's number (a field).
    case pageNumber
    /// The number of pages (a field).
    case pageCount
    /// A picture (``DocumentImage``, by name) in a frame set in the line, width and height in
    /// millimetres.
    case image(String, width: Double, height: Double)
}
