import CLibXML2
public import Foundation

/// A compiled RELAX NG schema (XML syntax), reusable and safe to share between tasks.
///
/// The schema is compiled once; each `validate` call creates its own libxml2 validation context,
/// so concurrent validation of different documents against one schema is safe.
///
/// Schemas are trusted input: while compiling, `include` and `externalRef` may load local files
/// (relative to the schema file, or to `baseName` for in-memory schemas). Network URLs are never
/// loaded.
public final class RelaxNGSchema: @unchecked Sendable {
    /// Name of the schema (its path or base name), used in diagnostics.
    public let sourceName: String
    private let schema: xmlRelaxNGPtr

    /// Compiles the schema file at `path`.
    ///
    /// - Parameter path: Path of a `.rng` file.
    /// - Throws: `LibXMLError.io` if it cannot be read, `.invalidSchema` with every compile
    ///   error otherwise.
    public init(contentsOfFile path: String) throws {
        LibXMLRuntime.ensureInitialized()
        try SchemaSupport.checkReadable(path)
        let collector = DiagnosticCollector(defaultSource: path)
        let compiled: xmlRelaxNGPtr? = LibXMLRuntime.withTrustedLoad {
            LibXMLRuntime.capturingErrors(into: collector) {
                guard let parser = path.withCString({ xmlRelaxNGNewParserCtxt($0) }) else { return nil }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                return Self.compile(parser, collector)
            }
        }
        guard let compiled else { throw SchemaSupport.invalidSchema(path, collector) }
        self.schema = compiled
        self.sourceName = path
    }

    /// Compiles a schema held in memory.
    ///
    /// - Parameters:
    ///   - data: The schema document.
    ///   - baseName: Name used in diagnostics and as the base for relative `include` hrefs.
    /// - Throws: `LibXMLError.invalidSchema` with every compile error.
    public init(data: some ContiguousBytes, baseName: String) throws {
        LibXMLRuntime.ensureInitialized()
        let collector = DiagnosticCollector(defaultSource: baseName)
        let document = try data.withUnsafeBytes { bytes in
            try SchemaSupport.parseSchemaDocument(bytes, baseName: baseName, collector: collector)
        }
        defer { xmlFreeDoc(document) }
        let compiled: xmlRelaxNGPtr? = LibXMLRuntime.withTrustedLoad {
            LibXMLRuntime.capturingErrors(into: collector) {
                // The parser context works on its own copy of the document.
                guard let parser = xmlRelaxNGNewDocParserCtxt(document) else { return nil }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                return Self.compile(parser, collector)
            }
        }
        guard let compiled else { throw SchemaSupport.invalidSchema(baseName, collector) }
        self.schema = compiled
        self.sourceName = baseName
    }

    private static func compile(_ parser: xmlRelaxNGParserCtxtPtr, _ collector: DiagnosticCollector)
        -> xmlRelaxNGPtr?
    {
        xmlRelaxNGSetParserStructuredErrors(parser, DiagnosticCollector.structuredHandler, collector.opaque)
        let compiled = xmlRelaxNGParse(parser)
        if let compiled, collector.firstError != nil {
            xmlRelaxNGFree(compiled)
            return nil
        }
        return compiled
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Validates a parsed document and returns every diagnostic (empty when valid).
    ///
    /// - Parameter document: The document to validate; it is not modified.
    /// - Returns: All warnings and errors, in document order as libxml2 reports them.
    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        let collector = DiagnosticCollector(defaultSource: document.sourceName)
        guard let context = xmlRelaxNGNewValidCtxt(schema) else {
            return SchemaSupport.validationResult(-1, collector)
        }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        xmlRelaxNGSetValidStructuredErrors(context, DiagnosticCollector.structuredHandler, collector.opaque)
        let result = LibXMLRuntime.capturingErrors(into: collector) {
            withExtendedLifetime(document) { xmlRelaxNGValidateDoc(context, document.pointer) }
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
