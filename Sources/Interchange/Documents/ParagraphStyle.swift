/// A named paragraph style: font size and weight, alignment, spacing and indents.
public struct ParagraphStyle: Hashable, Sendable {
    /// How lines are aligned.
    public enum Alignment: String, Hashable, Sendable {
        /// Left.
        case start
        /// Centred.
        case center
        /// Right.
        case end
        /// Both edges.
        case justify
    }

    /// The style's name (an XML NCName), unique in the document.
    public var name: String
    /// The font size, in points.
    public var fontSize: Double
    /// Bold.
    public var bold: Bool
    /// Italic.
    public var italic: Bool
    /// Underlined.
    public var underline: Bool
    /// The alignment.
    public var alignment: Alignment
    /// Space above, in points.
    public var spaceBefore: Double
    /// Space below, in points.
    public var spaceAfter: Double
    /// The first line's indent, in millimetres.
    public var firstLineIndent: Double
    /// The line height in percent of single spacing (100 for single).
    public var lineHeight: Int
    /// Kept on the same page as the next paragraph.
    public var keepWithNext: Bool

    /// A paragraph style.
    public init(
        name: String, fontSize: Double, bold: Bool = false, italic: Bool = false, underline: Bool = false,
        alignment: Alignment = .start, spaceBefore: Double = 0, spaceAfter: Double = 0,
        firstLineIndent: Double = 0, lineHeight: Int = 100, keepWithNext: Bool = false
    ) {
        self.name = name
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.alignment = alignment
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.firstLineIndent = firstLineIndent
        self.lineHeight = lineHeight
        self.keepWithNext = keepWithNext
    }
}
