import CLibXML2

/// One message reported by libxml2 while parsing or validating XML.
///
/// `description` follows the compiler convention `source:line:column: severity: message`, with
/// the column omitted when libxml2 does not know it (validation errors usually report lines only).
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        /// Not an error; the document is still usable.
        case warning
        /// An error; parsing may have continued, validation failed.
        case error
        /// A fatal error; parsing stopped.
        case fatal
    }

    /// File or source name the diagnostic refers to.
    public var source: String
    /// 1-based line number, or 0 when unknown.
    public var line: Int
    /// 1-based column number, or 0 when unknown.
    public var column: Int
    /// Severity of the diagnostic.
    public var severity: Severity
    /// libxml2's message, without trailing whitespace.
    public var message: String

    /// Creates a diagnostic.
    public init(source: String, line: Int, column: Int, severity: Severity, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `source:line:column: severity: message`.
    public var description: String {
        var location = source
        if line > 0 {
            location += ":\(line)"
            if column > 0 {
                location += ":\(column)"
            }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

extension XMLDiagnostic {
    /// Converts a libxml2 error record.
    init(_ error: xmlError, defaultSource: String) {
        let severity: Severity
        switch error.level {
        case XML_ERR_WARNING: severity = .warning
        case XML_ERR_FATAL: severity = .fatal
        default: severity = .error
        }
        let file = error.file.map { String(cString: $0) } ?? ""
        let message = error.message.map { String(cString: $0) } ?? "libxml2 error \(error.code)"
        self.init(
            source: file.isEmpty ? defaultSource : file,
            line: Int(error.line),
            column: Int(error.int2),
            severity: severity,
            message: message.trimmedXMLMessage
        )
    }
}
