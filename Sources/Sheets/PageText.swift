/// The text of a page header or footer: a left, a centre and a right part, each a run of text and
/// page fields (`Trang 2/5`).
public struct PageText: Hashable, Sendable {
    /// A piece of a part.
    public enum Piece: Hashable, Sendable {
        /// Text as written.
        case text(String)
        /// The number of the page.
        case pageNumber
        /// The number of pages.
        case pageCount
    }

    /// The part on the left.
    public var left: [Piece]
    /// The part in the centre.
    public var centre: [Piece]
    /// The part on the right.
    public var right: [Piece]

    /// Creates a header or footer text.
    public init(left: [Piece] = [], centre: [Piece] = [], right: [Piece] = []) {
        self.left = left
        self.centre = centre
        self.right = right
    }

    /// Whether no part holds anything.
    public var isEmpty: Bool { left.isEmpty && centre.isEmpty && right.isEmpty }
}
