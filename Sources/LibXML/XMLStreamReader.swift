import CLibXML2
public import Foundation

/// A forward-only streaming XML reader over libxml2's `xmlTextReader`.
///
/// Reads from memory, from a file (through a file descriptor, never by URL), or from a pull
/// closure that fills a buffer and returns the byte count (0 at the end), e.g. while inflating a
/// ZIP entry. Memory stays flat: the reader keeps only the current part of the tree.
///
/// Safety policy as for `XMLDocument` (`XMLParseOptions`; default `.stream`, 2 GiB limit enforced
/// in the I/O callback). A DOCTYPE is detected when the first node is returned, before any node
/// reaches the caller. Errors are collected per reader (no process-wide handler; the thread's
/// handler only for the duration of each read, and nothing is printed on stderr) and thrown by
/// `read()` as `LibXMLError.malformed` with source, line, column and libxml2's message; an error
/// thrown by the pull closure is rethrown unchanged. Not `Sendable`: use a reader from one task at a time.
public final class XMLStreamReader {
    /// Name used in diagnostics.
    public let sourceName: String
    private let reader: xmlTextReaderPtr
    private let source: ByteSource
    private let collector: DiagnosticCollector
    private let options: XMLParseOptions
    private var failure: (any Error)?
    private var returnedNode = false
    private var finished = false

    /// Creates a reader over bytes in memory (copied).
    ///
    /// - Parameters:
    ///   - data: The document bytes (`[UInt8]`, `Data`, ...).
    ///   - sourceName: Name used in diagnostics.
    ///   - options: Parsing policy; `.stream` by default.
    public convenience init(
        data: some ContiguousBytes, sourceName: String, options: XMLParseOptions = .stream
    )
        throws
    {
        let bytes = data.withUnsafeBytes { Array($0) }
        if bytes.count > options.maximumInputSize {
            throw LibXMLError.inputTooLarge(source: sourceName, limit: options.maximumInputSize)
        }
        let source = ByteSource.memory(bytes, sourceName: sourceName, limit: options.maximumInputSize)
        try self.init(source: source, options: options)
    }

    /// Creates a reader over a file, read through its file descriptor.
    ///
    /// - Parameters:
    ///   - path: Path of the file.
    ///   - sourceName: Name used in diagnostics; defaults to `path`.
    ///   - options: Parsing policy; `.stream` by default.
    /// - Throws: `LibXMLError.io` if the file cannot be opened, `.inputTooLarge` if it is too big.
    public convenience init(
        contentsOfFile path: String, sourceName: String? = nil, options: XMLParseOptions = .stream
    )
        throws
    {
        let source = try ByteSource.file(
            path: path, sourceName: sourceName ?? path, limit: options.maximumInputSize
        )
        try self.init(source: source, options: options)
    }

    /// Creates a reader that pulls its bytes from a closure.
    ///
    /// - Parameters:
    ///   - sourceName: Name used in diagnostics.
    ///   - options: Parsing policy; `.stream` by default. The size limit counts pulled bytes.
    ///   - pull: Fills the buffer with up to `buffer.count` bytes and returns how many it wrote;
    ///     0 means the end of the input. Errors it throws are rethrown by `read()`.
    public convenience init(
        sourceName: String,
        options: XMLParseOptions = .stream,
        pull: @escaping (UnsafeMutableRawBufferPointer) throws -> Int
    ) throws {
        let source = ByteSource(sourceName: sourceName, limit: options.maximumInputSize, pull: pull)
        try self.init(source: source, options: options)
    }

    private init(source: ByteSource, options: XMLParseOptions) throws {
        LibXMLRuntime.ensureInitialized()
        let collector = DiagnosticCollector(defaultSource: source.sourceName)
        let flags = options.libxmlFlags
        source.refusesDocumentType = !options.allowsDocumentType
        // Errors raised while the reader is created (it reads the first bytes) go to the
        // thread's handler, captured here; afterwards the reader's own handler takes over.
        let created = LibXMLRuntime.capturingErrors(into: collector) {
            source.sourceName.withCString { url in
                xmlReaderForIO(
                    ByteSource.readCallback, ByteSource.closeCallback, source.opaque, url, nil, flags
                )
            }
        }
        guard let created else {
            collector.inputHasBytes = source.sawContent || source.sawNul
            throw source.failure ?? collector.parseFailure
                ?? LibXMLError.internalError(message: "xmlReaderForIO failed for \(source.sourceName)")
        }
        xmlTextReaderSetStructuredErrorHandler(created, XMLStreamReader.errorHandler, collector.opaque)
        self.reader = created
        self.source = source
        self.collector = collector
        self.options = options
        self.sourceName = source.sourceName
        if let sourceFailure = source.failure {
            throw sourceFailure
        }
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Moves to the next node.
    ///
    /// - Returns: `true` when positioned on a node, `false` at the end of the document.
    /// - Throws: `LibXMLError` for malformed input, a DOCTYPE or entity declaration, input over
    ///   the size limit, or empty input; the pull closure's own error unchanged. Once a call has
    ///   thrown, every later call throws the same error.
    public func read() throws -> Bool {
        if let failure { throw failure }
        if finished { return false }
        // Errors without a parser context (an input that does not convert from its declared
        // encoding, I/O) go to the thread's handler, not the reader's: capture them too, so they
        // become this reader's error and are never printed on stderr by libxml2.
        let result = LibXMLRuntime.capturingErrors(into: collector) { xmlTextReaderRead(reader) }
        collector.inputHasBytes = source.sawContent || source.sawNul
        if var error = source.failure ?? collector.refusal ?? collector.parseFailure {
            if source.failure == nil, !source.sawContent {
                // libxml2's push parser reports empty input as "Extra content at the end"; zero
                // bytes (a damaged file) are not empty, but not text either.
                error =
                    source.sawNul
                    ? LibXMLError.malformed(
                        source: sourceName, line: 1, column: 0, message: DiagnosticCollector.notText)
                    : LibXMLError.emptyInput(source: sourceName)
            }
            failure = error
            throw error
        }
        if result < 0 {
            let error = LibXMLError.malformed(
                source: sourceName,
                line: Int(xmlTextReaderGetParserLineNumber(reader)),
                column: Int(xmlTextReaderGetParserColumnNumber(reader)),
                message: "the document is not well-formed"
            )
            failure = error
            throw error
        }
        if result == 0 {
            finished = true
            if !returnedNode {
                let error =
                    source.sawContent
                    ? LibXMLError.malformed(
                        source: sourceName, line: 0, column: 0, message: "the document has no root element"
                    ) : LibXMLError.emptyInput(source: sourceName)
                failure = error
                throw error
            }
            return false
        }
        if !returnedNode {
            returnedNode = true
            if let error = documentTypeViolation() {
                failure = error
                throw error
            }
        }
        return true
    }

    /// The policy violation of the document's DOCTYPE, if any (checked once, at the first node,
    /// when the parser has already seen the start of the root element).
    private func documentTypeViolation() -> LibXMLError? {
        guard let node = xmlTextReaderCurrentNode(reader), let document = node.pointee.doc,
            let dtd = document.pointee.intSubset ?? document.pointee.extSubset
        else { return nil }
        if !options.allowsDocumentType {
            return .documentTypeNotAllowed(source: sourceName, line: 0)
        }
        if let entity = fp_dtdFirstEntityName(dtd) {
            return .entityDeclarationNotAllowed(source: sourceName, line: 0, name: String(cString: entity))
        }
        return nil
    }

    /// The reader's structured-error handler (user data: the reader's `DiagnosticCollector`).
    ///
    /// libxml2 2.9's push parser, which the reader uses, reports a truncated document as "Extra
    /// content at the end of the document"; when elements are still open the message says so.
    private static let errorHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = DiagnosticCollector.from(userData)
        let record = error.pointee
        // `ctxt` is a parser context only for the parser's own error domains.
        let parserDomains = [XML_FROM_PARSER, XML_FROM_NAMESPACE, XML_FROM_DTD].map { Int32($0.rawValue) }
        let context =
            parserDomains.contains(record.domain)
            ? record.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self) : nil
        if collector.refusal == nil, let document = context?.pointee.myDoc,
            let entity = fp_dtdFirstEntityName(document.pointee.intSubset)
        {
            // Entities are refused anyway; say so rather than report what libxml2 did with them.
            collector.refusal = .entityDeclarationNotAllowed(
                source: collector.defaultSource, line: 0, name: String(cString: entity)
            )
        }
        if record.domain == Int32(XML_FROM_PARSER.rawValue),
            record.code == Int32(XML_ERR_DOCUMENT_END.rawValue),
            let context, context.pointee.nameNr > 0
        {
            let name = context.pointee.name.map { String(cString: $0) } ?? "?"
            collector.append(
                record, message: "Premature end of data in tag \(name) (the document is truncated)")
            return
        }
        collector.append(record)
    }

    // MARK: - Current node

    /// Kind of the current node.
    public var nodeType: XMLReaderNodeType {
        XMLReaderNodeType(rawValue: xmlTextReaderNodeType(reader)) ?? .none
    }

    /// Local name of the current node (`#text` for text and similar for other kinds).
    public var localName: String {
        XMLString.from(xmlTextReaderConstLocalName(reader)) ?? ""
    }

    /// Qualified name (`prefix:localName`) of the current node.
    public var qualifiedName: String {
        XMLString.from(xmlTextReaderConstName(reader)) ?? ""
    }

    /// Namespace prefix of the current node, if any.
    public var prefix: String? {
        XMLString.from(xmlTextReaderConstPrefix(reader))
    }

    /// Namespace URI of the current node, if any.
    public var namespaceURI: String? {
        XMLString.from(xmlTextReaderConstNamespaceUri(reader))
    }

    /// Text value of the current node (text, CDATA, whitespace, comment, ...), or `nil`.
    public var value: String? {
        XMLString.from(xmlTextReaderConstValue(reader))
    }

    /// Depth of the current node (the root element is at depth 0).
    public var depth: Int {
        Int(xmlTextReaderDepth(reader))
    }

    /// Whether the current element is written `<empty/>` (no end-element node follows).
    public var isEmptyElement: Bool {
        xmlTextReaderIsEmptyElement(reader) == 1
    }

    /// Line of the current node in the source (its start tag for elements), or 0 when unknown.
    public var lineNumber: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(node)
            if line > 0 { return Int(line) }
        }
        return max(0, Int(xmlTextReaderGetParserLineNumber(reader)))
    }

    /// The value of an attribute of the current element, or `nil` if it has none by that name.
    ///
    /// - Parameters:
    ///   - localName: The attribute's local name.
    ///   - namespaceURI: The attribute's namespace; `nil` matches only un-namespaced attributes.
    public func attribute(_ localName: String, namespaceURI: String? = nil) -> String? {
        guard nodeType == .element else { return nil }
        let value = localName.withXMLChars { name in
            if let namespaceURI {
                return namespaceURI.withXMLChars { xmlTextReaderGetAttributeNs(reader, name, $0) }
            }
            return xmlTextReaderGetAttribute(reader, name)
        }
        return XMLString.consume(value)
    }

    /// Attributes of the current element in document order (namespace declarations excluded).
    public var attributes: [XMLAttribute] {
        guard nodeType == .element, xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var result: [XMLAttribute] = []
        var status = xmlTextReaderMoveToFirstAttribute(reader)
        while status == 1 {
            let uri = namespaceURI
            if uri != "http://www.w3.org/2000/xmlns/" {
                result.append(
                    XMLAttribute(localName: localName, prefix: prefix, namespaceURI: uri, value: value ?? ""))
            }
            status = xmlTextReaderMoveToNextAttribute(reader)
        }
        _ = xmlTextReaderMoveToElement(reader)
        return result
    }
}
