/// A named character style, for spans inside a paragraph.
public struct TextStyle: Hashable, Sendable {
    /// The style's name (an XML NCName), unique in the document.
    public var name: String
    /// Bold.
    public var bold: Bool
    /// Italic.
    public var italic: Bool
    /// Underlined.
    public var underline: Bool
    /// The font size in points, or nil for the paragraph's.
    public var fontSize: Double?

    /// A character style.
    public init(
        name: String, bold: Bool = false, italic: Bool = false, underline: Bool = false,
        fontSize: Double? = nil
    ) {
        self.name = name
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontSize = fontSize
    }
}
