import CLibXML2

/// The fast path: qualified names given as literals, numbers and days formatted on the stack.
///
/// A literal name (`"table:table-cell"`, `"office:value"`) is checked as the general calls check
/// names (NCNames, a prefix bound by an open element, no `xmlns` attribute) the first time it is
/// used, and again only after namespace bindings change; libxml2 then reads it in place. Values
/// and text are checked for characters XML 1.0 forbids, as everywhere, and escaped by libxml2.
/// Whole numbers and days contain only digits and `-`, which need no escaping: they are
/// formatted into a stack buffer and handed to `xmlTextWriterWriteRawLen`.
extension XMLWriter {
    /// Writes a start tag whose qualified name is a literal, `prefix:name` or `name`.
    ///
    /// The prefix must be bound by an open element (declare namespaces on the root with
    /// `startElement(_:prefix:namespaceURI:)` and `namespaceDeclaration(prefix:uri:)`).
    ///
    /// - Parameter name: The qualified name, e.g. `"table:table-row"`.
    public func startElement(qualified name: StaticString) throws {
        let writer = try usableWriter()
        guard !documentEnded else {
            throw LibXMLError.writerMisuse(message: "startElement(\(name)) after endDocument()")
        }
        let result = try withLiteral(name, asAttribute: false) { xmlTextWriterStartElement(writer, $0) }
        try check(result, "xmlTextWriterStartElement", element: "\(name)")
        openElements.append(OpenElement(name: .literal(name)))
        startTagOpen = true
        state.pointee.attributeCount = 0
        wroteAnything = true
    }

    /// Writes `<name>text</name>` (or `<name/>` when `text` is empty) for a literal name.
    ///
    /// - Parameters:
    ///   - name: The qualified name, as for `startElement(qualified:)`.
    ///   - text: Text content, escaped.
    public func element(qualified name: StaticString, text: String) throws {
        guard !text.isEmpty else {
            try startElement(qualified: name)
            try endElement()
            return
        }
        let writer = try usableWriter()
        guard !documentEnded else {
            throw LibXMLError.writerMisuse(message: "element(\(name)) after endDocument()")
        }
        let result = try withLiteral(name, asAttribute: false) { nameChars in
            try withCheckedCharacters(text, what: "text", element: "\(name)") {
                xmlTextWriterWriteElement(writer, nameChars, $0)
            }
        }
        try check(result, "xmlTextWriterWriteElement", element: "\(name)")
        startTagOpen = false
        wroteAnything = true
    }

    /// Writes an attribute whose qualified name is a literal; the value is escaped.
    ///
    /// - Parameters:
    ///   - name: The qualified name, e.g. `"table:style-name"` (not `xmlns`).
    ///   - value: The value (newlines and tabs are written as character references).
    public func attribute(qualified name: StaticString, _ value: String) throws {
        let writer = try usableWriter()
        try requireOpenStartTag(for: "attribute '\(name)'")
        let result = try withLiteral(name, asAttribute: true) { nameChars in
            try withCheckedCharacters(value, what: "attribute '\(name)'") { valueChars in
                try recordAttribute(.literal(name))
                return xmlTextWriterWriteAttribute(writer, nameChars, valueChars)
            }
        }
        try check(result, "xmlTextWriterWriteAttribute", element: self.innermostName)
    }

    /// Writes an attribute whose value is a whole number in decimal (`-12`, `480`).
    ///
    /// - Parameters:
    ///   - name: The qualified name, as for `attribute(qualified:_:)`.
    ///   - value: The number.
    public func attribute(qualified name: StaticString, integer value: Int) throws {
        let writer = try usableWriter()
        try requireOpenStartTag(for: "attribute '\(name)'")
        let result = try withLiteral(name, asAttribute: true) { nameChars in
            try recordAttribute(.literal(name))
            return Self.withDecimal(value) { fp_xmlTextWriterWriteRawAttribute(writer, nameChars, $0, $1) }
        }
        try check(result, "xmlTextWriterWriteRawLen", element: self.innermostName)
    }

    /// Writes an attribute whose value is a day in ISO 8601 form, `2026-12-16` (`xs:date`).
    ///
    /// - Parameters:
    ///   - name: The qualified name, as for `attribute(qualified:_:)`.
    ///   - year: 0–9999, written with four digits.
    ///   - month: 1–12.
    ///   - day: 1–31 (the writer does not check the calendar).
    /// - Throws: `LibXMLError.invalidContent` when a field is out of range.
    public func attribute(qualified name: StaticString, year: Int, month: Int, day: Int) throws {
        let writer = try usableWriter()
        try requireOpenStartTag(for: "attribute '\(name)'")
        try checkDay(year: year, month: month, day: day)
        let result = try withLiteral(name, asAttribute: true) { nameChars in
            try recordAttribute(.literal(name))
            return Self.withDay(year, month, day) {
                fp_xmlTextWriterWriteRawAttribute(writer, nameChars, $0, $1)
            }
        }
        try check(result, "xmlTextWriterWriteRawLen", element: self.innermostName)
    }

    /// Writes a whole number in decimal as text inside the open element.
    ///
    /// - Parameter value: The number.
    public func text(integer value: Int) throws {
        let writer = try usableWriter()
        guard !openElements.isEmpty else {
            throw LibXMLError.writerMisuse(message: "text outside of any element")
        }
        let result = Self.withDecimal(value) { xmlTextWriterWriteRawLen(writer, $0, $1) }
        try check(result, "xmlTextWriterWriteRawLen", element: self.innermostName)
        startTagOpen = false
    }

    /// Writes a day in ISO 8601 form, `2026-12-16`, as text inside the open element.
    ///
    /// - Parameters:
    ///   - year: 0–9999, written with four digits.
    ///   - month: 1–12.
    ///   - day: 1–31.
    /// - Throws: `LibXMLError.invalidContent` when a field is out of range.
    public func text(year: Int, month: Int, day: Int) throws {
        let writer = try usableWriter()
        guard !openElements.isEmpty else {
            throw LibXMLError.writerMisuse(message: "text outside of any element")
        }
        try checkDay(year: year, month: month, day: day)
        let result = Self.withDay(year, month, day) { xmlTextWriterWriteRawLen(writer, $0, $1) }
        try check(result, "xmlTextWriterWriteRawLen", element: self.innermostName)
        startTagOpen = false
    }

    // MARK: - Literal names

    /// Calls `body` with the NUL-terminated bytes of a checked literal name.
    @inline(__always)
    private func withLiteral<Result>(
        _ name: StaticString, asAttribute: Bool, _ body: (UnsafePointer<xmlChar>) throws -> Result
    ) throws -> Result {
        if name.hasPointerRepresentation {
            let start = name.utf8Start
            if literalNames.contains(UInt(bitPattern: start), epoch: namespaceEpoch, asAttribute: asAttribute)
            {
                return try body(start)
            }
        }
        return try withNewLiteral(name, asAttribute: asAttribute, body)
    }

    /// Checks a literal name not seen in the current namespace epoch, remembers it, then calls
    /// `body` with its bytes.
    private func withNewLiteral<Result>(
        _ name: StaticString, asAttribute: Bool, _ body: (UnsafePointer<xmlChar>) throws -> Result
    ) throws -> Result {
        let text = "\(name)"
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let kind = asAttribute ? "attribute" : "element"
        guard parts.count <= 2, parts.allSatisfy(XMLString.isNCName) else {
            throw invalid("'\(text)' is not a valid \(kind) name", in: innermostName)
        }
        let prefix = parts.count == 2 ? parts[0] : nil
        if asAttribute && (prefix ?? text) == "xmlns" {
            throw invalid("use namespaceDeclaration(prefix:uri:) to declare namespaces", in: innermostName)
        }
        if let prefix, prefix != "xml", boundNamespace(prefix) == nil {
            throw invalid(
                "namespace prefix '\(prefix)' of \(kind) '\(text)' is not declared", in: innermostName)
        }
        // String literals are stored NUL-terminated; anything else goes through a copy.
        if name.hasPointerRepresentation, name.utf8Start[name.utf8CodeUnitCount] == 0 {
            let start = name.utf8Start
            literalNames.insert(UInt(bitPattern: start), epoch: namespaceEpoch, asAttribute: asAttribute)
            return try body(start)
        }
        return try text.withXMLChars(body)
    }

    // MARK: - Numbers and days

    /// Calls `body` with `value` in decimal ASCII (not NUL-terminated) and its length.
    @inline(__always)
    static func withDecimal<Result>(_ value: Int, _ body: (UnsafePointer<xmlChar>, Int32) -> Result) -> Result
    {
        withUnsafeTemporaryAllocation(of: xmlChar.self, capacity: 24) { buffer in
            let base = buffer.baseAddress!
            var magnitude = value.magnitude
            var position = 24
            repeat {
                position -= 1
                base[position] = xmlChar(48 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                position -= 1
                base[position] = 0x2D
            }
            return body(base + position, Int32(24 - position))
        }
    }

    /// Calls `body` with `yyyy-MM-dd` (not NUL-terminated) and its length, 10.
    @inline(__always)
    static func withDay<Result>(
        _ year: Int, _ month: Int, _ day: Int, _ body: (UnsafePointer<xmlChar>, Int32) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: xmlChar.self, capacity: 10) { buffer in
            let base = buffer.baseAddress!
            base[0] = xmlChar(48 + year / 1000)
            base[1] = xmlChar(48 + year / 100 % 10)
            base[2] = xmlChar(48 + year / 10 % 10)
            base[3] = xmlChar(48 + year % 10)
            base[4] = 0x2D
            base[5] = xmlChar(48 + month / 10)
            base[6] = xmlChar(48 + month % 10)
            base[7] = 0x2D
            base[8] = xmlChar(48 + day / 10)
            base[9] = xmlChar(48 + day % 10)
            return body(base, 10)
        }
    }

    /// Throws unless the fields make a `yyyy-MM-dd` day.
    private func checkDay(year: Int, month: Int, day: Int) throws {
        guard (0...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else {
            throw invalid(
                "\(year)-\(month)-\(day) cannot be written as a day yyyy-mm-dd", in: innermostName)
        }
    }
}
