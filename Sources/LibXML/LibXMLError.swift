/// Every error thrown by the LibXML module.
///
/// Cases name the source (file or source name) first, then the line when known, so that
/// `description` reads like `venue.xml:12:5: error: …`.
public enum LibXMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input is not well-formed XML (libxml2's first error).
    case malformed(source: String, line: Int, column: Int, message: String)
    /// The input contains no XML at all.
    case emptyInput(source: String)
    /// The input is larger than the configured maximum (`XMLParseOptions.maximumInputSize`).
    case inputTooLarge(source: String, limit: Int)
    /// The input has a `<!DOCTYPE …>` and `XMLParseOptions.allowsDocumentType` is false.
    case documentTypeNotAllowed(source: String, line: Int)
    /// The input's DOCTYPE declares an entity; entity declarations are always refused.
    case entityDeclarationNotAllowed(source: String, line: Int, name: String)
    /// A file could not be opened, read, written or renamed.
    case io(path: String, message: String)
    /// An output path names something that is never replaced by a file: a device (`/dev/null`),
    /// a named pipe, a socket, a folder or a symbolic link.
    case unsafeOutput(path: String, kind: FileKind)
    /// A step of writing an output file failed; `message` is the system's own explanation. The
    /// destination is untouched and the temporary file removed.
    case outputFailed(path: String, step: OutputStep, message: String)
    /// A schema could not be compiled; `diagnostics` lists every compile error.
    case invalidSchema(source: String, diagnostics: [XMLDiagnostic])
    /// An XPath expression failed to compile or evaluate, or gave an unexpected result type.
    case xpath(expression: String, message: String)
    /// The writer was given a name, text or value that cannot be written as XML 1.0.
    case invalidContent(element: String, message: String)
    /// The writer was used out of order, such as `endElement()` with no open element.
    case writerMisuse(message: String)
    /// libxml2 failed in an unexpected way (usually out of memory).
    case internalError(message: String)

    /// `source:line`, or `source` when the line is unknown (0).
    private static func location(_ source: String, _ line: Int) -> String {
        line > 0 ? "\(source):\(line)" : source
    }

    /// A readable one-line (or, for schemas, multi-line) summary, source and line first.
    public var description: String {
        switch self {
        case .malformed(let source, let line, let column, let message):
            return XMLDiagnostic(
                source: source, line: line, column: column, severity: .error, message: message
            ).description
        case .emptyInput(let source):
            return "\(source): error: the document is empty"
        case .inputTooLarge(let source, let limit):
            return "\(source): error: input is larger than the limit of \(limit) bytes"
        case .documentTypeNotAllowed(let source, let line):
            return "\(Self.location(source, line)): error: DOCTYPE declarations are not allowed"
        case .entityDeclarationNotAllowed(let source, let line, let name):
            return
                "\(Self.location(source, line)): error: entity declarations are not allowed (entity '\(name)')"
        case .io(let path, let message):
            return "\(path): error: \(message)"
        case .unsafeOutput(let path, let kind):
            return "\(path): error: not a regular file (\(kind.rawValue)); refusing to write over it"
        case .outputFailed(let path, let step, let message):
            return "\(path): error: \(step.rawValue) failed: \(message)"
        case .invalidSchema(let source, let diagnostics):
            let details = diagnostics.map { "\n  \($0.description)" }.joined()
            return "\(source): error: invalid schema\(details)"
        case .xpath(let expression, let message):
            return "XPath '\(expression)': error: \(message)"
        case .invalidContent(let element, let message):
            return "<\(element)>: error: \(message)"
        case .writerMisuse(let message):
            return "XMLWriter: error: \(message)"
        case .internalError(let message):
            return "libxml2: error: \(message)"
        }
    }
}
