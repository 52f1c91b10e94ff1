import CLibXML2

/// An element of an `XMLDocument`.
///
/// A lightweight value: a pointer into the libxml2 tree plus a strong reference to the document,
/// which therefore stays alive while any of its elements is in use. Two values are equal when
/// they denote the same node. Not `Sendable` (the document is not).
///
/// On macOS, Foundation also declares `XMLElement`; qualify it as `LibXML.XMLElement` there.
public struct XMLElement {
    /// The document this element belongs to.
    public let document: XMLDocument
    let node: xmlNodePtr

    init(document: XMLDocument, node: xmlNodePtr) {
        self.document = document
        self.node = node
    }

    /// Local name (without prefix).
    public var name: String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// Namespace prefix as written in the document, if any.
    public var prefix: String? {
        node.pointee.ns?.pointee.prefix.map { String(cString: $0) }
    }

    /// Namespace URI, if the element is in a namespace.
    public var namespaceURI: String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// `prefix:name`, or `name` without a prefix.
    public var qualifiedName: String {
        prefix.map { "\($0):\(name)" } ?? name
    }

    /// Line of the start tag in the source (libxml2 `xmlGetLineNo`), or 0 when unknown.
    public var lineNumber: Int {
        max(0, Int(xmlGetLineNo(node)))
    }

    /// Attributes in document order (namespace declarations are not included).
    public var attributes: [XMLAttribute] {
        var result: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(current)))
            result.append(
                XMLAttribute(
                    localName: current.pointee.name.map { String(cString: $0) } ?? "",
                    prefix: current.pointee.ns?.pointee.prefix.map { String(cString: $0) },
                    namespaceURI: current.pointee.ns?.pointee.href.map { String(cString: $0) },
                    value: value.map { String(cString: $0) } ?? ""
                )
            )
            fp_xmlFree(value)
            attribute = current.pointee.next
        }
        return result
    }

    /// The value of an attribute, or `nil` if the element has none by that name.
    ///
    /// - Parameters:
    ///   - localName: The attribute's local name.
    ///   - namespaceURI: The attribute's namespace; `nil` matches only un-namespaced attributes.
    public func attribute(_ localName: String, namespaceURI: String? = nil) -> String? {
        let value: UnsafeMutablePointer<xmlChar>? = localName.withXMLChars { name in
            if let namespaceURI {
                return namespaceURI.withXMLChars { xmlGetNsProp(node, name, $0) }
            }
            return xmlGetNoNsProp(node, name)
        }
        defer { fp_xmlFree(value) }
        return value.map { String(cString: $0) }
    }

    /// Child elements in document order (text, comments and other nodes are skipped).
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElement(document: document, node: current))
            }
            child = current.pointee.next
        }
        return result
    }

    /// Child elements with the given local name (and namespace, when given).
    ///
    /// - Parameters:
    ///   - name: Local name to match.
    ///   - namespaceURI: Namespace to match; `nil` matches any namespace.
    public func children(named name: String, namespaceURI: String? = nil) -> [XMLElement] {
        children.filter { $0.name == name && (namespaceURI == nil || $0.namespaceURI == namespaceURI) }
    }

    /// The first child element with the given local name (and namespace, when given).
    ///
    /// - Parameters:
    ///   - name: Local name to match.
    ///   - namespaceURI: Namespace to match; `nil` matches any namespace.
    public func firstChild(named name: String, namespaceURI: String? = nil) -> XMLElement? {
        children(named: name, namespaceURI: namespaceURI).first
    }

    /// Concatenated text of all descendant text and CDATA nodes.
    public var textContent: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { fp_xmlFree(content) }
        return String(cString: content)
    }

    /// The parent element, or `nil` for the root element.
    public var parent: XMLElement? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLElement(document: document, node: parent)
    }
}

extension XMLElement: Hashable {
    /// Whether both values denote the same node.
    public static func == (lhs: XMLElement, rhs: XMLElement) -> Bool {
        lhs.node == rhs.node
    }

    /// Hashes the node's identity.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(node)
    }
}

extension XMLElement: CustomStringConvertible {
    /// The qualified name and source location, such as `<room> (venue.xml:12)`.
    public var description: String {
        "<\(qualifiedName)> (\(document.sourceName):\(lineNumber))"
    }
}
