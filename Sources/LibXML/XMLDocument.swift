import CLibXML2
public import Foundation

/// A parsed XML document held in memory (libxml2 DOM), for small files such as venue files.
///
/// Parsing follows `XMLParseOptions` (safe by default: no DOCTYPE, no entities, no network,
/// 64 MiB limit). Elements obtained from a document keep it alive. A document is not `Sendable`:
/// use it from one task at a time; parse a separate document per task for parallel work.
///
/// On macOS, Foundation also declares `XMLDocument`; qualify it as `LibXML.XMLDocument` there.
public final class XMLDocument {
    /// Name used in diagnostics (the path, for documents read from a file).
    public let sourceName: String
    /// Warnings libxml2 reported while parsing (errors are thrown instead).
    public let warnings: [XMLDiagnostic]
    let pointer: xmlDocPtr
    private let root: xmlNodePtr

    /// Parses XML from memory.
    ///
    /// - Parameters:
    ///   - data: The document bytes (`[UInt8]`, `Data`, ...); the encoding is detected by libxml2.
    ///   - sourceName: Name used in diagnostics and as the document's base URL.
    ///   - options: Parsing policy; `.document` by default.
    /// - Throws: `LibXMLError` (`.malformed`, `.emptyInput`, `.inputTooLarge`,
    ///   `.documentTypeNotAllowed`, `.entityDeclarationNotAllowed`).
    public init(data: some ContiguousBytes, sourceName: String, options: XMLParseOptions = .document) throws {
        let parsed = try data.withUnsafeBytes { bytes in
            try DocumentParser.parse(.memory(bytes), sourceName: sourceName, options: options)
        }
        self.sourceName = sourceName
        self.pointer = parsed.document
        self.root = parsed.root
        self.warnings = parsed.warnings
    }

    /// Parses an XML file, reading it through a file descriptor (never by URL).
    ///
    /// - Parameters:
    ///   - path: Path of the file.
    ///   - sourceName: Name used in diagnostics; defaults to `path`.
    ///   - options: Parsing policy; `.document` by default.
    /// - Throws: `LibXMLError`, including `.io` when the file cannot be read.
    public init(contentsOfFile path: String, sourceName: String? = nil, options: XMLParseOptions = .document)
        throws
    {
        let name = sourceName ?? path
        let source = try ByteSource.file(path: path, sourceName: name, limit: options.maximumInputSize)
        let parsed = try DocumentParser.parse(.source(source), sourceName: name, options: options)
        self.sourceName = name
        self.pointer = parsed.document
        self.root = parsed.root
        self.warnings = parsed.warnings
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The document (root) element.
    public var rootElement: XMLElement {
        XMLElement(document: self, node: root)
    }
}
