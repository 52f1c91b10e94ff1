/// A page style: an A4 page layout (orientation and margins) with its header and footer, written
/// as an ODF page layout and master page.
public struct PageStyle: Hashable, Sendable {
    /// The page's orientation.
    public enum Orientation: String, Hashable, Sendable {
        /// 210 × 297 mm.
        case portrait
        /// 297 × 210 mm.
        case landscape
    }

    /// The style's name (an XML NCName such as `Body`), unique in the document.
    public var name: String
    /// The orientation.
    public var orientation: Orientation
    /// The top margin, in millimetres.
    public var top: Double
    /// The bottom margin, in millimetres.
    public var bottom: Double
    /// The left margin, in millimetres.
    public var left: Double
    /// The right margin, in millimetres.
    public var right: Double
    /// The header's paragraph (nil for no header).
    public var header: DocumentParagraph?
    /// The footer's paragraph (nil for no footer).
    public var footer: DocumentParagraph?
    /// The page style of the following pages (nil: this one).
    public var next: String?

    /// A page style; margins in millimetres.
    public init(
        name: String, orientation: Orientation = .portrait, top: Double, bottom: Double, left: Double,
        right: Double, header: DocumentParagraph? = nil, footer: DocumentParagraph? = nil, next: String? = nil
    ) {
        self.name = name
        self.orientation = orientation
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
        self.header = header
        self.footer = footer
        self.next = next
    }

    /// The page's width, in millimetres.
    public var width: Double { orientation == .portrait ? 210 : 297 }
    /// The page's height, in millimetres.
    public var height: Double { orientation == .portrait ? 297 : 210 }
    /// The width between the margins, in millimetres.
    public var textWidth: Double { width - left - right }
    /// The height between the margins, in millimetres.
    public var textHeight: Double { height - top - bottom }
}
