import CLibXML2

/// Kind of node an `XMLStreamReader` is positioned on (libxml2 `xmlReaderTypes`).
public enum XMLReaderNodeType: Int32, Sendable, Hashable {
    /// Not positioned on a node (before the first `read()` or after the end).
    case none = 0
    /// A start tag (or an empty-element tag; see `isEmptyElement`).
    case element = 1
    /// An attribute (only while iterating attributes internally).
    case attribute = 2
    /// Character data.
    case text = 3
    /// A CDATA section.
    case cdata = 4
    /// An entity reference that was not expanded.
    case entityReference = 5
    /// An entity declaration.
    case entity = 6
    /// A processing instruction.
    case processingInstruction = 7
    /// A comment.
    case comment = 8
    /// The document node.
    case document = 9
    /// A DOCTYPE declaration.
    case documentType = 10
    /// A document fragment.
    case documentFragment = 11
    /// A notation declaration.
    case notation = 12
    /// Whitespace that is not significant.
    case whitespace = 13
    /// Whitespace-only text between elements.
    case significantWhitespace = 14
    /// An end tag.
    case endElement = 15
    /// The end of an entity expansion.
    case endEntity = 16
    /// The XML declaration.
    case xmlDeclaration = 17
}
