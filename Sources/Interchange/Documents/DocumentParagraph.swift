/// A paragraph: a style and its content.
public struct DocumentParagraph: Hashable, Sendable {
    /// The paragraph style's name (``ParagraphStyle``).
    public var style: String
    /// The content, in order.
    public var content: [DocumentInline]

    /// A paragraph of `content`.
    public init(_ style: String, _ content: [DocumentInline]) {
        self.style = style
        self.content = content
    }

    /// A paragraph of one text.
    public init(_ style: String, text: String) {
        self.init(style, text.isEmpty ? [] : [.text(text)])
    }
}
