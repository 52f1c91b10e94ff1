import CLibXML2
public import Foundation

/// A compiled W3C XML Schema (XSD 1.0), reusable and safe to share between tasks.
///
/// The schema is compiled once; each `validate` call creates its own libxml2 validation context,
/// so concurrent validation of different documents against one schema is safe.
///
/// Schemas are trusted input: while compiling, `xs:include` / `xs:import` / `xs:redefine` may
/// load local files (relative to the schema file, or to `baseName` for in-memory schemas).
/// Network URLs are never loaded.
public final class XMLSchema: @unchecked Sendable {
    /// Name of the schema (its path or base name), used in diagnostics.
    public let sourceName: String
    private let schema: xmlSchemaPtr
    /// The schema document for in-memory schemas: compiled components point into it.
    private let document: xmlDocPtr?

    /// Compiles the schema file at `path`.
    ///
    /// - Parameter path: Path of a `.xsd` file.
    /// - Throws: `LibXMLError.io` if it cannot be read, `.invalidSchema` with every compile
    ///   error otherwise.
    public init(contentsOfFile path: String) throws {
        LibXMLRuntime.ensureInitialized()
        try SchemaSupport.checkReadable(path)
        let collector = DiagnosticCollector(defaultSource: path)
        let compiled: xmlSchemaPtr? = LibXMLRuntime.withTrustedLoad {
            LibXMLRuntime.capturingErrors(into: collector) {
                guard let parser = path.withCString({ xmlSchemaNewParserCtxt($0) }) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                return Self.compile(parser, collector)
            }
        }
        guard let compiled else { throw SchemaSupport.invalidSchema(path, collector) }
        self.schema = compiled
        self.document = nil
        self.sourceName = path
    }

    /// Compiles a schema held in memory.
    ///
    /// - Parameters:
    ///   - data: The schema document.
    ///   - baseName: Name used in diagnostics and as the base for relative `schemaLocation`s.
    /// - Throws: `LibXMLError.invalidSchema` with every compile error.
    public init(data: some ContiguousBytes, baseName: String) throws {
        LibXMLRuntime.ensureInitialized()
        let collector = DiagnosticCollector(defaultSource: baseName)
        let document = try data.withUnsafeBytes { bytes in
            try SchemaSupport.parseSchemaDocument(bytes, baseName: baseName, collector: collector)
        }
        let compiled: xmlSchemaPtr? = LibXMLRuntime.withTrustedLoad {
            LibXMLRuntime.capturingErrors(into: collector) {
                guard let parser = xmlSchemaNewDocParserCtxt(document) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                return Self.compile(parser, collector)
            }
        }
        guard let compiled else {
            xmlFreeDoc(document)
            throw SchemaSupport.invalidSchema(baseName, collector)
        }
        self.schema = compiled
        self.document = document
        self.sourceName = baseName
    }

    private static func compile(_ parser: xmlSchemaParserCtxtPtr, _ collector: DiagnosticCollector)
        -> xmlSchemaPtr?
    {
        xmlSchemaSetParserStructuredErrors(parser, DiagnosticCollector.structuredHandler, collector.opaque)
        let compiled = xmlSchemaParse(parser)
        if let compiled, collector.firstError != nil {
            xmlSchemaFree(compiled)
            return nil
        }
        return compiled
    }

    deinit {
        xmlSchemaFree(schema)
        if let document { xmlFreeDoc(document) }
    }

    /// Validates a parsed document and returns every diagnostic (empty when valid).
    ///
    /// - Parameter document: The document to validate; it is not modified (default attributes
    ///   are not added).
    /// - Returns: All warnings and errors, in document order.
    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        let collector = DiagnosticCollector(defaultSource: document.sourceName)
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return SchemaSupport.validationResult(-1, collector)
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, DiagnosticCollector.structuredHandler, collector.opaque)
        let result = LibXMLRuntime.capturingErrors(into: collector) {
            withExtendedLifetime(document) { xmlSchemaValidateDoc(context, document.pointer) }
        }
        return SchemaSupport.validationResult(result, collector)
    }

    /// Parses `data` (with `XMLDocument`'s safety policy) and validates it.
    ///
    /// - Parameters:
    ///   - data: The document bytes.
    ///   - sourceName: Name used in diagnostics.
    ///   - options: Parsing policy; `.document` by default.
    /// - Returns: All validation diagnostics (empty when valid).
    /// - Throws: `LibXMLError` if the document cannot be parsed.
    public func validate(data: some ContiguousBytes, sourceName: String, options: XMLParseOptions = .document)
        throws -> [XMLDiagnostic]
    {
        validate(try XMLDocument(data: data, sourceName: sourceName, options: options))
    }
}
