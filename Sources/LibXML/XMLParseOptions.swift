import CLibXML2

/// How untrusted XML is parsed; the defaults are the safe choice and nothing here enables
/// network access, entity substitution, DTD loading, XInclude or libxml2's "huge" mode.
///
/// Always applied: `XML_PARSE_NONET`, `XML_PARSE_BIG_LINES`, libxml2's default size limits, and
/// the module's external-entity loader that refuses every load. DOCTYPE declarations are refused
/// by default (FairPlan's formats never need one); when `allowsDocumentType` is true a DOCTYPE
/// is accepted but any entity declaration in it is still refused.
public struct XMLParseOptions: Sendable, Hashable {
    /// Default maximum input size for DOM parsing (`XMLDocument`): 64 MiB.
    public static let defaultDocumentLimit = 64 * 1024 * 1024
    /// Default maximum input size for streaming (`XMLStreamReader`): 2 GiB.
    public static let defaultStreamLimit = 2 * 1024 * 1024 * 1024

    /// Safe defaults for `XMLDocument` (64 MiB limit, no DOCTYPE).
    public static let document = XMLParseOptions(maximumInputSize: defaultDocumentLimit)
    /// Safe defaults for `XMLStreamReader` (2 GiB limit, no DOCTYPE).
    public static let stream = XMLParseOptions(maximumInputSize: defaultStreamLimit)

    /// Maximum number of input bytes; larger input fails with `LibXMLError.inputTooLarge`.
    public var maximumInputSize: Int
    /// Accept a DOCTYPE without entity declarations (default false: any DOCTYPE is refused).
    public var allowsDocumentType: Bool

    /// Creates options; see the type's documentation for what is always enforced.
    public init(maximumInputSize: Int = defaultDocumentLimit, allowsDocumentType: Bool = false) {
        self.maximumInputSize = maximumInputSize
        self.allowsDocumentType = allowsDocumentType
    }

    /// libxml2 `xmlParserOption` flags; deliberately not configurable.
    var libxmlFlags: Int32 {
        Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
    }
}
