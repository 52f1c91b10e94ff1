/// An attribute of an element, as reported by `XMLElement` and `XMLStreamReader`.
///
/// Namespace declarations (`xmlns`, `xmlns:p`) are not attributes in this model.
public struct XMLAttribute: Sendable, Hashable {
    /// Local name, without prefix.
    public var localName: String
    /// Prefix as written in the document, if any.
    public var prefix: String?
    /// Namespace URI, if the attribute is namespaced.
    public var namespaceURI: String?
    /// Attribute value, with entities and character references resolved.
    public var value: String

    /// Creates an attribute value.
    public init(localName: String, prefix: String? = nil, namespaceURI: String? = nil, value: String) {
        self.localName = localName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.value = value
    }

    /// `prefix:localName`, or `localName` without a prefix.
    public var qualifiedName: String {
        prefix.map { "\($0):\(localName)" } ?? localName
    }
}
