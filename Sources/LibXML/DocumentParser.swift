import CLibXML2

/// Parses untrusted XML into a libxml2 tree with FairPlan's safety policy.
///
/// One parser context per parse. Its SAX handler is patched so that a DOCTYPE (unless allowed)
/// or any entity declaration stops the parser before anything is declared or expanded, and its
/// structured-error slot routes every message to this parse's `DiagnosticCollector`.
final class DocumentParser {
    /// Input of one parse.
    enum Input {
        /// Bytes already in memory (size already checked against the limit).
        case memory(UnsafeRawBufferPointer)
        /// Bytes pulled through libxml2's I/O callbacks.
        case source(ByteSource)
    }

    /// Result of a successful parse; the caller owns `document`.
    struct Parsed {
        let document: xmlDocPtr
        let root: xmlNodePtr
        let warnings: [XMLDiagnostic]
    }

    private let sourceName: String
    private let options: XMLParseOptions
    private let collector: DiagnosticCollector
    private var refusal: LibXMLError?

    private init(sourceName: String, options: XMLParseOptions) {
        self.sourceName = sourceName
        self.options = options
        self.collector = DiagnosticCollector(defaultSource: sourceName)
    }

    /// Parses `input`, throwing the first problem as a `LibXMLError`.
    static func parse(_ input: Input, sourceName: String, options: XMLParseOptions) throws -> Parsed {
        LibXMLRuntime.ensureInitialized()
        if case .memory(let bytes) = input {
            if bytes.count > options.maximumInputSize || bytes.count > Int(Int32.max) {
                throw LibXMLError.inputTooLarge(
                    source: sourceName, limit: min(options.maximumInputSize, Int(Int32.max))
                )
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                throw LibXMLError.emptyInput(source: sourceName)
            }
        }
        let parser = DocumentParser(sourceName: sourceName, options: options)
        return try withExtendedLifetime(parser) { try parser.run(input) }
    }

    private func run(_ input: Input) throws -> Parsed {
        guard let context = xmlNewParserCtxt() else {
            throw LibXMLError.internalError(message: "xmlNewParserCtxt failed")
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        if let sax = context.pointee.sax {
            sax.pointee.serror = DocumentParser.contextErrorHandler
            sax.pointee.internalSubset = DocumentParser.internalSubsetHook
            sax.pointee.entityDecl = DocumentParser.entityDeclHook
            sax.pointee.unparsedEntityDecl = DocumentParser.unparsedEntityDeclHook
        }
        let flags = options.libxmlFlags
        let document: xmlDocPtr? = LibXMLRuntime.capturingErrors(into: collector) {
            sourceName.withCString { url in
                switch input {
                case .memory(let bytes):
                    guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else {
                        return nil
                    }
                    return xmlCtxtReadMemory(context, base, Int32(bytes.count), url, nil, flags)
                case .source(let source):
                    return withExtendedLifetime(source) {
                        xmlCtxtReadIO(
                            context, ByteSource.readCallback, ByteSource.closeCallback, source.opaque,
                            url, nil, flags
                        )
                    }
                }
            }
        }
        var failure: (any Error)? = refusal
        switch input {
        case .memory:
            // Input of whitespace only was refused as empty before parsing.
            collector.inputHasBytes = true
        case .source(let source):
            collector.inputHasBytes = source.sawContent || source.sawNul
            if failure == nil { failure = source.failure }
        }
        if failure == nil {
            failure = collector.parseFailure
        }
        if failure == nil, context.pointee.wellFormed == 0 {
            failure = LibXMLError.malformed(
                source: sourceName, line: 0, column: 0, message: "the document is not well-formed"
            )
        }
        if let failure {
            if let document { xmlFreeDoc(document) }
            throw failure
        }
        guard let document else {
            throw LibXMLError.internalError(message: "libxml2 returned no document for \(sourceName)")
        }
        guard let root = xmlDocGetRootElement(document) else {
            xmlFreeDoc(document)
            throw LibXMLError.emptyInput(source: sourceName)
        }
        return Parsed(document: document, root: root, warnings: collector.warnings)
    }

    /// Records why the document is refused and stops the parser at once.
    private func refuse(_ error: LibXMLError, context: xmlParserCtxtPtr) {
        if refusal == nil {
            refusal = error
        }
        xmlStopParser(context)
    }

    private static func parser(_ context: UnsafeMutableRawPointer?) -> (DocumentParser, xmlParserCtxtPtr)? {
        guard let context else { return nil }
        let parserContext = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let owner = parserContext.pointee._private else { return nil }
        return (Unmanaged<DocumentParser>.fromOpaque(owner).takeUnretainedValue(), parserContext)
    }

    private static func currentLine(_ context: xmlParserCtxtPtr) -> Int {
        Int(context.pointee.input?.pointee.line ?? 0)
    }

    /// Parser-context errors: libxml2 passes `ctxt->userData`, which is the context itself.
    private static let contextErrorHandler: xmlStructuredErrorFunc = { userData, error in
        guard let (parser, _) = DocumentParser.parser(userData), let error else { return }
        parser.collector.append(error.pointee)
    }

    private static let internalSubsetHook: internalSubsetSAXFunc = { userData, name, externalID, systemID in
        guard let (parser, context) = DocumentParser.parser(userData) else { return }
        guard parser.options.allowsDocumentType else {
            parser.refuse(
                .documentTypeNotAllowed(source: parser.sourceName, line: currentLine(context)),
                context: context
            )
            return
        }
        xmlSAX2InternalSubset(userData, name, externalID, systemID)
    }

    private static let entityDeclHook: entityDeclSAXFunc = { userData, name, _, _, _, _ in
        guard let (parser, context) = DocumentParser.parser(userData) else { return }
        let entity = name.map { String(cString: $0) } ?? ""
        parser.refuse(
            .entityDeclarationNotAllowed(source: parser.sourceName, line: currentLine(context), name: entity),
            context: context
        )
    }

    private static let unparsedEntityDeclHook: unparsedEntityDeclSAXFunc = { userData, name, _, _, _ in
        guard let (parser, context) = DocumentParser.parser(userData) else { return }
        let entity = name.map { String(cString: $0) } ?? ""
        parser.refuse(
            .entityDeclarationNotAllowed(source: parser.sourceName, line: currentLine(context), name: entity),
            context: context
        )
    }
}
