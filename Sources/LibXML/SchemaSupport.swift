import CLibXML2

/// Helpers shared by `RelaxNGSchema` and `XMLSchema`.
enum SchemaSupport {
    /// Throws `LibXMLError.io` unless `path` can be opened for reading.
    static func checkReadable(_ path: String) throws {
        _ = try FileDescriptor.openForReading(path)
    }

    /// Parses a trusted schema document from memory; the caller frees the document.
    ///
    /// `baseName` becomes the document URL, so that relative includes resolve against it.
    static func parseSchemaDocument(
        _ bytes: UnsafeRawBufferPointer,
        baseName: String,
        collector: DiagnosticCollector
    ) throws -> xmlDocPtr {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count <= Int(Int32.max)
        else {
            throw LibXMLError.invalidSchema(source: baseName, diagnostics: collector.diagnostics)
        }
        let flags = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let document = LibXMLRuntime.withTrustedLoad {
            LibXMLRuntime.capturingErrors(into: collector) {
                baseName.withCString { xmlReadMemory(base, Int32(bytes.count), $0, nil, flags) }
            }
        }
        guard let document, collector.firstError == nil else {
            if let document { xmlFreeDoc(document) }
            throw invalidSchema(baseName, collector)
        }
        return document
    }

    /// `LibXMLError.invalidSchema` with the collected diagnostics (or a generic one).
    static func invalidSchema(_ source: String, _ collector: DiagnosticCollector) -> LibXMLError {
        var diagnostics = collector.diagnostics
        if !diagnostics.contains(where: { $0.severity != .warning }) {
            diagnostics.append(
                XMLDiagnostic(
                    source: source, line: 0, column: 0, severity: .error,
                    message: "the schema could not be compiled"
                )
            )
        }
        return .invalidSchema(source: source, diagnostics: diagnostics)
    }

    /// Diagnostics of one validation run, with a generic error added when libxml2 reported the
    /// document invalid (`result != 0`) without saying why.
    static func validationResult(_ result: Int32, _ collector: DiagnosticCollector) -> [XMLDiagnostic] {
        var diagnostics = collector.diagnostics
        if result != 0, !diagnostics.contains(where: { $0.severity != .warning }) {
            let message =
                result < 0 ? "internal error while validating" : "the document does not match the schema"
            diagnostics.append(
                XMLDiagnostic(
                    source: collector.defaultSource, line: 0, column: 0, severity: .error, message: message)
            )
        }
        return diagnostics
    }
}
