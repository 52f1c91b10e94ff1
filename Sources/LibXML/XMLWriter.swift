import CLibXML2
public import Foundation

/// A streaming XML writer over libxml2's `xmlTextWriter`.
///
/// Three destinations: a file (written to a temporary file in the same folder and renamed into
/// place by `close()`; deleted if the writer fails or is abandoned), memory (`bytes()` /
/// `data()`), and a byte sink closure that receives chunks (64 KiB by default) as they are
/// produced (nothing else is accumulated). The output is complete only after `close()`.
///
/// Besides the general calls taking names as strings, a fast path takes qualified names as
/// literals (`startElement(qualified: "table:table-cell")`): each literal is checked once per
/// writer and handed to libxml2 without conversion, and whole numbers and ISO dates are
/// formatted on the stack (`attribute(qualified:integer:)`), so that a large document costs no
/// allocation per element on the Swift side.
///
/// Text, attribute values, CDATA and comments are checked: characters not allowed in XML 1.0
/// (e.g. U+0000–U+0008, U+FFFE) throw `LibXMLError.invalidContent` naming the element; use
/// `XMLWriter.sanitized(_:)` to replace them first. Names are checked as XML NCNames. Namespace
/// declarations are emitted once per scope: a prefix already bound to the same URI by an
/// ancestor is not declared again. Only UTF-8 output is supported.
///
/// Errors thrown by the sink (or by file writes) propagate unchanged out of the writer call that
/// triggered the flush; after such an error the writer is failed: later calls rethrow it and
/// `close()` discards the output. Not `Sendable`: use a writer from one task at a time.
public final class XMLWriter {
    typealias OpenElement = XMLWriterState.OpenElement

    /// The mutable state, behind a pointer (see `XMLWriterState`).
    let state: UnsafeMutablePointer<XMLWriterState>
    let output: WriterOutput
    /// libxml2's output buffer over `output` (owned by libxml2's writer).
    private let outputBuffer: xmlOutputBufferPtr
    /// The literal names already checked.
    let literalNames = XMLWriterLiteralCache()

    var writer: xmlTextWriterPtr? {
        get { state.pointee.writer }
        set { state.pointee.writer = newValue }
    }
    var openElements: [OpenElement] {
        get { state.pointee.openElements }
        _modify { yield &state.pointee.openElements }
    }
    var startTagOpen: Bool {
        get { state.pointee.startTagOpen }
        set { state.pointee.startTagOpen = newValue }
    }
    var wroteAnything: Bool {
        get { state.pointee.wroteAnything }
        set { state.pointee.wroteAnything = newValue }
    }
    var documentStarted: Bool {
        get { state.pointee.documentStarted }
        set { state.pointee.documentStarted = newValue }
    }
    var documentEnded: Bool {
        get { state.pointee.documentEnded }
        set { state.pointee.documentEnded = newValue }
    }
    var closed: Bool {
        get { state.pointee.closed }
        set { state.pointee.closed = newValue }
    }
    var failure: (any Error)? {
        get { state.pointee.failure }
        set { state.pointee.failure = newValue }
    }
    var namespaceEpoch: UInt32 {
        get { state.pointee.namespaceEpoch }
        set { state.pointee.namespaceEpoch = newValue }
    }

    private init(output: WriterOutput, indent: Bool, indentString: String) throws {
        LibXMLRuntime.ensureInitialized()
        self.output = output
        guard
            let buffer = xmlOutputBufferCreateIO(
                WriterOutput.writeCallback, WriterOutput.closeCallback, output.opaque, nil
            )
        else {
            output.discard()
            throw LibXMLError.internalError(message: "xmlOutputBufferCreateIO failed")
        }
        // xmlNewTextWriter takes ownership of the buffer only on success.
        guard let writer = xmlNewTextWriter(buffer) else {
            _ = xmlOutputBufferClose(buffer)
            output.discard()
            throw LibXMLError.internalError(message: "xmlNewTextWriter failed")
        }
        outputBuffer = buffer
        state = .allocate(capacity: 1)
        state.initialize(to: XMLWriterState())
        self.writer = writer
        state.pointee.openElements.reserveCapacity(16)
        state.pointee.attributes.reserveCapacity(8)
        if indent {
            _ = xmlTextWriterSetIndent(writer, 1)
            _ = indentString.withXMLChars { xmlTextWriterSetIndentString(writer, $0) }
        }
    }

    /// Creates a writer that writes the file at `path` atomically.
    ///
    /// The bytes go to a new temporary file in the same folder; `close()` syncs it and renames it
    /// over `path`. If the writer fails or is released without `close()`, the temporary file is
    /// deleted and `path` is left untouched.
    ///
    /// - Parameters:
    ///   - path: Destination file.
    ///   - indent: Indent nested elements (whitespace is added only between elements).
    ///   - indentString: One level of indentation.
    /// - Throws: `LibXMLError.io` if the temporary file cannot be created.
    public convenience init(path: String, indent: Bool = false, indentString: String = "  ") throws {
        try self.init(output: WriterOutput.file(path: path), indent: indent, indentString: indentString)
    }

    /// Creates a writer that collects the document in memory; see `bytes()` and `data()`.
    ///
    /// - Parameters:
    ///   - indent: Indent nested elements (whitespace is added only between elements).
    ///   - indentString: One level of indentation.
    public convenience init(indent: Bool = false, indentString: String = "  ") throws {
        try self.init(output: WriterOutput(target: .memory), indent: indent, indentString: indentString)
    }

    /// Creates a writer that streams its output to `sink` in chunks of at most `chunkSize` bytes.
    ///
    /// Every chunk but the last is exactly `chunkSize` bytes. The buffer passed to `sink` is
    /// valid only during the call. An error thrown by `sink` is rethrown, unchanged, by the
    /// writer call that caused the flush (possibly `close()`).
    ///
    /// - Parameters:
    ///   - indent: Indent nested elements (whitespace is added only between elements).
    ///   - indentString: One level of indentation.
    ///   - chunkSize: The size of the chunks handed to `sink` (at least 64 bytes); 64 KiB by
    ///     default, a good size for a compressor or a file.
    ///   - sink: Receives each chunk of output, in order.
    public convenience init(
        indent: Bool = false,
        indentString: String = "  ",
        chunkSize: Int = 65_536,
        sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        try self.init(
            output: WriterOutput(target: .sink(sink), chunkSize: chunkSize), indent: indent,
            indentString: indentString)
    }

    deinit {
        if let writer {
            output.discarding = true
            xmlFreeTextWriter(writer)
        }
        if !closed {
            output.discard()
        }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    // MARK: - Document

    /// Writes the XML declaration; must be the first call.
    ///
    /// - Parameters:
    ///   - version: XML version written in the declaration.
    ///   - encoding: `"UTF-8"` (the only output encoding) or `nil` to omit it from the declaration.
    ///   - standalone: `standalone="yes"/"no"`, or omitted when `nil`.
    public func startDocument(version: String = "1.0", encoding: String? = "UTF-8", standalone: Bool? = nil)
        throws
    {
        let writer = try usableWriter()
        guard !wroteAnything else {
            throw LibXMLError.writerMisuse(message: "startDocument() must be the first call")
        }
        if let encoding, encoding.uppercased() != "UTF-8" {
            throw LibXMLError.writerMisuse(
                message: "unsupported encoding '\(encoding)'; only UTF-8 is written")
        }
        let standaloneValue = standalone.map { $0 ? "yes" : "no" }
        let result = version.withCString { versionChars in
            encoding.withCString { encodingChars in
                standaloneValue.withCString {
                    xmlTextWriterStartDocument(writer, versionChars, encodingChars, $0)
                }
            }
        }
        try check(result, "xmlTextWriterStartDocument")
        if encoding != nil {
            try check(fp_xmlOutputBufferDropUTF8Encoder(outputBuffer), "xmlOutputBufferFlush")
        }
        wroteAnything = true
        documentStarted = true
    }

    /// Closes every open element and ends the document; only `close()` may follow.
    public func endDocument() throws {
        let writer = try usableWriter()
        guard !documentEnded else {
            throw LibXMLError.writerMisuse(message: "endDocument() called twice")
        }
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        openElements.removeAll()
        namespaceEpoch &+= 1
        startTagOpen = false
        documentEnded = true
    }

    /// Finishes the output: flushes everything, then commits the file (for a file writer).
    ///
    /// Idempotent: later calls do nothing. If the document was started and every element is
    /// closed, a missing `endDocument()` is supplied. If elements are still open, or an earlier
    /// call failed, the output is discarded (a file is not created) and an error is thrown.
    public func close() throws {
        guard !closed else { return }
        closed = true
        if failure == nil, !openElements.isEmpty {
            let names = openElements.map { "<\($0.qualifiedName)>" }.joined(separator: ", ")
            failure = LibXMLError.writerMisuse(message: "close() with unclosed elements \(names)")
        }
        if failure == nil, documentStarted, !documentEnded, let writer {
            if xmlTextWriterEndDocument(writer) < 0 {
                failure = LibXMLError.internalError(message: "xmlTextWriterEndDocument failed")
            }
        }
        if let writer {
            output.discarding = failure != nil
            xmlFreeTextWriter(writer)
            self.writer = nil
        }
        if failure == nil {
            output.flush()
        }
        if failure == nil, let outputFailure = output.failure {
            failure = outputFailure
        }
        if let failure {
            output.discard()
            throw failure
        }
        try output.commit()
    }

    /// The document written to memory; closes the writer first if needed.
    ///
    /// - Throws: `LibXMLError.writerMisuse` if this is not a memory writer, or `close()`'s errors.
    public func bytes() throws -> [UInt8] {
        guard case .memory = output.target else {
            throw LibXMLError.writerMisuse(message: "bytes() is only available for in-memory writers")
        }
        try close()
        return output.bytes
    }

    /// The document written to memory, as `Data`; closes the writer first if needed.
    ///
    /// - Throws: `LibXMLError.writerMisuse` if this is not a memory writer, or `close()`'s errors.
    public func data() throws -> Data {
        Data(try bytes())
    }

    // MARK: - Elements

    /// Writes a start tag `<prefix:name`; attributes may follow until content is written.
    ///
    /// - Parameters:
    ///   - name: Local name (an NCName).
    ///   - prefix: Namespace prefix; must be in scope unless `namespaceURI` is given.
    ///   - namespaceURI: Namespace of the element; declared here unless `prefix` (or the default
    ///     namespace when `prefix` is nil) is already bound to it.
    public func startElement(_ name: String, prefix: String? = nil, namespaceURI: String? = nil) throws {
        let writer = try usableWriter()
        guard !documentEnded else {
            throw LibXMLError.writerMisuse(message: "startElement(\(name)) after endDocument()")
        }
        let qualifiedName = try qualify(name, prefix: prefix, context: "element")
        let key = prefix ?? ""
        var declaration: String?
        if let namespaceURI {
            if prefix != nil, namespaceURI.isEmpty {
                throw invalid("prefix '\(key)' cannot be bound to an empty namespace URI", in: qualifiedName)
            }
            if boundNamespace(key) != namespaceURI { declaration = namespaceURI }
        } else if let prefix, prefix != "xml", boundNamespace(prefix) == nil {
            throw invalid("namespace prefix '\(prefix)' is not declared", in: qualifiedName)
        }
        let result = qualifiedName.withXMLChars { xmlTextWriterStartElement(writer, $0) }
        try check(result, "xmlTextWriterStartElement", element: qualifiedName)
        openElements.append(OpenElement(name: .string(qualifiedName)))
        startTagOpen = true
        state.pointee.attributeCount = 0
        wroteAnything = true
        if let declaration {
            try writeNamespaceDeclaration(prefix: key, uri: declaration)
        }
    }

    /// Writes the end tag of the innermost open element (`/>` if it has no content).
    public func endElement() throws {
        let writer = try usableWriter()
        guard let element = openElements.last else {
            throw LibXMLError.writerMisuse(message: "endElement() with no open element")
        }
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement", element: element.qualifiedName)
        if element.namespaces != nil {
            namespaceEpoch &+= 1
        }
        openElements.removeLast()
        startTagOpen = false
    }

    /// Writes `<name>text</name>` (or `<name/>` when `text` is empty).
    ///
    /// - Parameters:
    ///   - name: Local name (an NCName).
    ///   - text: Text content, escaped.
    ///   - prefix: Namespace prefix, as for `startElement`.
    ///   - namespaceURI: Namespace, as for `startElement`.
    public func element(_ name: String, text: String, prefix: String? = nil, namespaceURI: String? = nil)
        throws
    {
        try startElement(name, prefix: prefix, namespaceURI: namespaceURI)
        try self.text(text)
        try endElement()
    }

    // MARK: - Attributes and namespaces

    /// Writes an attribute on the element whose start tag is open; the value is escaped.
    ///
    /// - Parameters:
    ///   - name: Local name (an NCName; not `xmlns`, see `namespaceDeclaration`).
    ///   - value: Attribute value (newlines and tabs are written as character references).
    ///   - prefix: Namespace prefix; required when `namespaceURI` is given.
    ///   - namespaceURI: Namespace of the attribute; declared on this element if not in scope.
    public func attribute(_ name: String, _ value: String, prefix: String? = nil, namespaceURI: String? = nil)
        throws
    {
        let writer = try usableWriter()
        let element = try openStartTag(for: "attribute '\(name)'")
        let qualifiedName = try qualify(name, prefix: prefix, context: "attribute")
        if (prefix == nil && name == "xmlns") || prefix == "xmlns" {
            throw invalid("use namespaceDeclaration(prefix:uri:) to declare namespaces", in: element)
        }
        if let namespaceURI {
            guard let prefix, !namespaceURI.isEmpty else {
                throw invalid(
                    "namespaced attribute '\(name)' needs a prefix and a non-empty URI", in: element)
            }
            if boundNamespace(prefix) != namespaceURI {
                try writeNamespaceDeclaration(prefix: prefix, uri: namespaceURI)
            }
        } else if let prefix, prefix != "xml", boundNamespace(prefix) == nil {
            throw invalid("namespace prefix '\(prefix)' of attribute '\(name)' is not declared", in: element)
        }
        let result = try withCheckedCharacters(value, what: "attribute '\(qualifiedName)'") { valueChars in
            try recordAttribute(.string(qualifiedName))
            return qualifiedName.withXMLChars { xmlTextWriterWriteAttribute(writer, $0, valueChars) }
        }
        try check(result, "xmlTextWriterWriteAttribute", element: element)
    }

    /// Declares a namespace on the element whose start tag is open (`xmlns:prefix="uri"`).
    ///
    /// Nothing is written when an ancestor already binds `prefix` to `uri`.
    ///
    /// - Parameters:
    ///   - prefix: The prefix, or `nil` for the default namespace.
    ///   - uri: The namespace URI (non-empty for a prefix).
    public func namespaceDeclaration(prefix: String?, uri: String) throws {
        _ = try usableWriter()
        let element = try openStartTag(for: "namespace declaration")
        if let prefix {
            guard XMLString.isNCName(prefix), prefix != "xmlns", prefix != "xml" else {
                throw invalid("'\(prefix)' cannot be declared as a namespace prefix", in: element)
            }
            guard !uri.isEmpty else {
                throw invalid("prefix '\(prefix)' cannot be bound to an empty namespace URI", in: element)
            }
        }
        if boundNamespace(prefix ?? "") == uri { return }
        try writeNamespaceDeclaration(prefix: prefix ?? "", uri: uri)
    }

    // MARK: - Content

    /// Writes escaped text (`&`, `<`, `>` and `\r` are escaped) inside the open element.
    ///
    /// - Parameter text: The text; an empty string writes nothing.
    public func text(_ text: String) throws {
        let writer = try usableWriter()
        guard !openElements.isEmpty else {
            throw LibXMLError.writerMisuse(message: "text outside of any element")
        }
        guard !text.isEmpty else { return }
        let result = try withCheckedCharacters(text, what: "text") { xmlTextWriterWriteString(writer, $0) }
        try check(result, "xmlTextWriterWriteString", element: self.innermostName)
        startTagOpen = false
    }

    /// Writes a CDATA section; a `]]>` inside `text` is split across two sections.
    ///
    /// - Parameter text: The unescaped content.
    public func cdata(_ text: String) throws {
        let writer = try usableWriter()
        let element = try innermostElement(for: "CDATA")
        try checkCharacters(text, what: "CDATA", in: element)
        let pieces = text.split(separator: "]]>", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            let head = index == 0 ? "" : ">"
            let tail = index == pieces.count - 1 ? "" : "]]"
            let section = head + piece + tail
            let result = section.withXMLChars { xmlTextWriterWriteCDATA(writer, $0) }
            try check(result, "xmlTextWriterWriteCDATA", element: element)
        }
        startTagOpen = false
    }

    /// Writes a comment `<!--text-->`.
    ///
    /// - Parameter text: Comment text; must not contain `--` or end with `-`.
    public func comment(_ text: String) throws {
        let writer = try usableWriter()
        let element = openElements.last?.qualifiedName ?? "(document)"
        guard !text.contains("--"), !text.hasSuffix("-") else {
            throw invalid("a comment cannot contain '--' or end with '-'", in: element)
        }
        try checkCharacters(text, what: "comment", in: element)
        let result = text.withXMLChars { xmlTextWriterWriteComment(writer, $0) }
        try check(result, "xmlTextWriterWriteComment", element: element)
        startTagOpen = false
        wroteAnything = true
    }

    // MARK: - Helpers

    /// The libxml2 writer, or an error if the writer is closed or failed.
    @inline(__always)
    func usableWriter() throws -> xmlTextWriterPtr {
        if let writer = state.pointee.writer, !state.pointee.closed, state.pointee.failure == nil {
            return writer
        }
        try throwUnusable()
    }

    /// Throws the failure that stopped the writer, or the misuse of a closed writer.
    private func throwUnusable() throws -> Never {
        if let failure { throw failure }
        throw LibXMLError.writerMisuse(message: "the writer is closed")
    }

    /// The qualified name of the innermost open element, or `(document)`, for messages.
    var innermostName: String {
        openElements.last?.qualifiedName ?? "(document)"
    }

    /// The qualified name of the innermost open element.
    private func innermostElement(for what: @autoclosure () -> String) throws -> String {
        guard let element = openElements.last else {
            throw LibXMLError.writerMisuse(message: "\(what()) outside of any element")
        }
        return element.qualifiedName
    }

    /// The qualified name of the element whose start tag is still open.
    private func openStartTag(for what: @autoclosure () -> String) throws -> String {
        try requireOpenStartTag(for: what())
        return innermostName
    }

    /// Throws unless an element's start tag is open (attributes may still be written).
    @inline(__always)
    func requireOpenStartTag(for what: @autoclosure () -> String) throws {
        guard startTagOpen, !openElements.isEmpty else {
            let location = openElements.last.map { " (in <\($0.qualifiedName)>)" } ?? ""
            throw LibXMLError.writerMisuse(message: "\(what()) must follow startElement()\(location)")
        }
    }

    /// Records an attribute written on the open start tag, refusing a duplicate.
    @inline(__always)
    func recordAttribute(_ name: XMLWriterName) throws {
        let count = state.pointee.attributeCount
        var index = 0
        while index < count {
            if state.pointee.attributes[index].sameSpelling(as: name) {
                throw invalid("duplicate attribute '\(name.text)'", in: innermostName)
            }
            index += 1
        }
        if count < state.pointee.attributes.count {
            state.pointee.attributes[count] = name
        } else {
            state.pointee.attributes.append(name)
        }
        state.pointee.attributeCount = count + 1
    }

    /// The URI bound to `prefix` ("" for the default namespace) by the open elements, if any.
    func boundNamespace(_ prefix: String) -> String? {
        var index = openElements.count - 1
        while index >= 0 {
            if let uri = openElements[index].namespaces?[prefix] {
                return uri
            }
            index -= 1
        }
        return prefix == "xml" ? "http://www.w3.org/XML/1998/namespace" : nil
    }

    /// Writes `xmlns[:prefix]="uri"` on the open start tag and records the binding.
    private func writeNamespaceDeclaration(prefix: String, uri: String) throws {
        guard let writer, let element = openElements.last else { return }
        guard prefix != "xml", prefix != "xmlns" else {
            throw invalid("the '\(prefix)' prefix cannot be redeclared", in: element.qualifiedName)
        }
        if let existing = element.namespaces?[prefix] {
            guard existing == uri else {
                throw invalid(
                    "prefix '\(prefix)' is already bound to '\(existing)' on this element",
                    in: element.qualifiedName
                )
            }
            return
        }
        try checkCharacters(uri, what: "namespace URI", in: element.qualifiedName)
        let attributeName = prefix.isEmpty ? "xmlns" : "xmlns:\(prefix)"
        let result = attributeName.withXMLChars { nameChars in
            uri.withXMLChars { xmlTextWriterWriteAttribute(writer, nameChars, $0) }
        }
        try check(result, "xmlTextWriterWriteAttribute", element: element.qualifiedName)
        var bindings = element.namespaces ?? [:]
        bindings[prefix] = uri
        openElements[openElements.count - 1].namespaces = bindings
        namespaceEpoch &+= 1
    }

    /// Validates `name` and `prefix` and returns `prefix:name`.
    private func qualify(_ name: String, prefix: String?, context: String) throws -> String {
        guard XMLString.isNCName(name) else {
            throw invalid("'\(name)' is not a valid \(context) name", in: innermostName)
        }
        guard let prefix else { return name }
        guard XMLString.isNCName(prefix) else {
            throw invalid("'\(prefix)' is not a valid namespace prefix", in: innermostName)
        }
        return "\(prefix):\(name)"
    }

    /// Throws the destination's error, or a libxml2 failure, after a libxml2 writer call.
    @inline(__always)
    func check(_ result: Int32, _ function: StaticString, element: @autoclosure () -> String? = nil) throws {
        if result < 0 || output.hasFailed {
            try fail(result, function, element: element())
        }
    }

    /// Records and throws the failure behind a libxml2 call's result.
    private func fail(_ result: Int32, _ function: StaticString, element: String?) throws -> Never {
        if let outputFailure = output.failure {
            failure = outputFailure
            throw outputFailure
        }
        let location = element.map { " in <\($0)>" } ?? ""
        let error = LibXMLError.internalError(message: "\(function) failed\(location)")
        failure = error
        throw error
    }

    func invalid(_ message: String, in element: String) -> LibXMLError {
        .invalidContent(element: element, message: message)
    }
}
