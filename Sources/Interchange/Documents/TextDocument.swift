/// An OpenDocument text document to write (``ODTWriter``): its pages, styles, body and pictures.
///
/// A small model of what FairPlan's papers need: paragraphs and spans with named styles, tables
/// with fixed column widths, page breaks that may switch to another page style (A4 portrait or
/// landscape, margins, header and footer with page numbers), and PNG pictures in frames. Texts
/// are normalised to NFC when written.
public struct TextDocument: Sendable {
    /// The document's title (`dc:title`).
    public var title: String
    /// When it was made, local time as ISO 8601 without offset (`2026-12-03T08:00:00`); the same
    /// document with the same stamp always gives byte-identical files.
    public var created: String
    /// The program that made it (`meta:generator`), such as `FairPlan/0.2.0`.
    public var generator: String
    /// The page styles; the first is the style of the first page.
    public var pages: [PageStyle]
    /// The paragraph styles the body and headers use.
    public var paragraphStyles: [ParagraphStyle]
    /// The character styles spans use.
    public var textStyles: [TextStyle]
    /// The body, in order.
    public var body: [DocumentBlock]
    /// The pictures frames show, by name.
    public var images: [DocumentImage]

    /// A document.
    public init(
        title: String, created: String, generator: String, pages: [PageStyle],
        paragraphStyles: [ParagraphStyle], textStyles: [TextStyle] = [], body: [DocumentBlock] = [],
        images: [DocumentImage] = []
    ) {
        self.title = title
        self.created = created
        self.generator = generator
        self.pages = pages
        self.paragraphStyles = paragraphStyles
        self.textStyles = textStyles
        self.body = body
        self.images = images
    }
}
