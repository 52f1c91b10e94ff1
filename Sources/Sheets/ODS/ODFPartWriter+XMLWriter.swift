internal import LibXML

extension XMLWriter {
    /// Starts an element given as a qualified name (`table:table-cell`); the prefix must be in
    /// scope (declared on the root).
    func start(_ qualifiedName: String) throws {
        let (prefix, name) = Self.split(qualifiedName)
        try startElement(name, prefix: prefix)
    }

    /// Writes an attribute given as a qualified name (`office:value-type`).
    func attr(_ qualifiedName: String, _ value: String) throws {
        let (prefix, name) = Self.split(qualifiedName)
        try attribute(name, value, prefix: prefix)
    }

    /// Ends the innermost element.
    func end() throws {
        try endElement()
    }

    /// Writes an element containing only text.
    func leaf(_ qualifiedName: String, text: String) throws {
        try start(qualifiedName)
        try self.text(text)
        try end()
    }

    /// Writes an empty element with attributes.
    func empty(_ qualifiedName: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
        try start(qualifiedName)
        for (name, value) in attributes {
            try attr(name, value)
        }
        try end()
    }

    private static func split(_ qualifiedName: String) -> (String?, String) {
        guard let colon = qualifiedName.firstIndex(of: ":") else { return (nil, qualifiedName) }
        return (
            String(qualifiedName[..<colon]), String(qualifiedName[qualifiedName.index(after: colon)...])
        )
    }
}
