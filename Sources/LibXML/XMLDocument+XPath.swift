import CLibXML2

extension XMLDocument {
    /// Elements selected by an XPath 1.0 expression.
    ///
    /// Nodes of other kinds in the result (attributes, text) are left out.
    ///
    /// - Parameters:
    ///   - xpath: The expression, e.g. `//v:room[@capacity > 10]`.
    ///   - namespaces: Prefixes used in the expression, mapped to namespace URIs. Documents'
    ///     own prefixes are not visible to XPath; every prefix must be registered here.
    ///   - element: Context node; the document node when `nil`.
    /// - Throws: `LibXMLError.xpath` for syntax errors, unknown prefixes, or a result that is
    ///   not a node-set.
    public func nodes(
        matching xpath: String,
        namespaces: [String: String] = [:],
        relativeTo element: XMLElement? = nil
    ) throws -> [XMLElement] {
        try evaluate(xpath, namespaces: namespaces, relativeTo: element) { result in
            guard result.pointee.type == XPATH_NODESET else {
                throw LibXMLError.xpath(expression: xpath, message: "the result is not a node-set")
            }
            guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0,
                let nodes = set.pointee.nodeTab
            else { return [] }
            var elements: [XMLElement] = []
            for index in 0..<Int(set.pointee.nodeNr) {
                if let node = nodes[index], node.pointee.type == XML_ELEMENT_NODE {
                    elements.append(XMLElement(document: self, node: node))
                }
            }
            return elements
        }
    }

    /// The string value of an XPath expression (XPath `string()` conversion).
    ///
    /// - Parameters:
    ///   - xpath: The expression, e.g. `string(/v:venue/@name)` or `/v:venue/v:name`.
    ///   - namespaces: Prefixes used in the expression, mapped to namespace URIs.
    ///   - element: Context node; the document node when `nil`.
    /// - Throws: `LibXMLError.xpath` when the expression is invalid.
    public func string(
        _ xpath: String,
        namespaces: [String: String] = [:],
        relativeTo element: XMLElement? = nil
    ) throws -> String {
        try evaluate(xpath, namespaces: namespaces, relativeTo: element) { result in
            XMLString.consume(xmlXPathCastToString(result)) ?? ""
        }
    }

    /// The number value of an XPath expression (XPath `number()` conversion; NaN if not numeric).
    ///
    /// - Parameters:
    ///   - xpath: The expression, e.g. `count(//v:room)` or `sum(//v:room/@capacity)`.
    ///   - namespaces: Prefixes used in the expression, mapped to namespace URIs.
    ///   - element: Context node; the document node when `nil`.
    /// - Throws: `LibXMLError.xpath` when the expression is invalid.
    public func number(
        _ xpath: String,
        namespaces: [String: String] = [:],
        relativeTo element: XMLElement? = nil
    ) throws -> Double {
        try evaluate(xpath, namespaces: namespaces, relativeTo: element) { result in
            xmlXPathCastToNumber(result)
        }
    }

    /// The boolean value of an XPath expression (XPath `boolean()` conversion).
    ///
    /// - Parameters:
    ///   - xpath: The expression, e.g. `boolean(//v:room)`.
    ///   - namespaces: Prefixes used in the expression, mapped to namespace URIs.
    ///   - element: Context node; the document node when `nil`.
    /// - Throws: `LibXMLError.xpath` when the expression is invalid.
    public func boolean(
        _ xpath: String,
        namespaces: [String: String] = [:],
        relativeTo element: XMLElement? = nil
    ) throws -> Bool {
        try evaluate(xpath, namespaces: namespaces, relativeTo: element) { result in
            xmlXPathCastToBoolean(result) != 0
        }
    }

    /// Evaluates `xpath` in a fresh context and hands the result object to `convert`.
    private func evaluate<Result>(
        _ xpath: String,
        namespaces: [String: String],
        relativeTo element: XMLElement?,
        convert: (xmlXPathObjectPtr) throws -> Result
    ) throws -> Result {
        LibXMLRuntime.ensureInitialized()
        if let element, element.document !== self {
            throw LibXMLError.xpath(
                expression: xpath, message: "the context element belongs to another document"
            )
        }
        guard let context = xmlXPathNewContext(pointer) else {
            throw LibXMLError.internalError(message: "xmlXPathNewContext failed")
        }
        defer { xmlXPathFreeContext(context) }
        let collector = DiagnosticCollector(defaultSource: sourceName)
        context.pointee.error = DiagnosticCollector.structuredHandler
        context.pointee.userData = collector.opaque
        context.pointee.node = element?.node ?? UnsafeMutablePointer<xmlNode>(OpaquePointer(pointer))
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
            let status = prefix.withXMLChars { prefixChars in
                uri.withXMLChars { xmlXPathRegisterNs(context, prefixChars, $0) }
            }
            guard status == 0 else {
                throw LibXMLError.xpath(
                    expression: xpath, message: "cannot register namespace prefix '\(prefix)'"
                )
            }
        }
        let result = LibXMLRuntime.capturingErrors(into: collector) {
            xpath.withXMLChars { xmlXPathEvalExpression($0, context) }
        }
        guard let result else {
            let message = collector.diagnostics.map(\.message).first ?? "invalid XPath expression"
            throw LibXMLError.xpath(expression: xpath, message: message)
        }
        defer { xmlXPathFreeObject(result) }
        return try withExtendedLifetime(collector) { try convert(result) }
    }
}
