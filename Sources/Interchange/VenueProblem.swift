public import Planning

/// One problem found while reading a venue file, located by file and line.
public struct VenueProblem: Hashable, Sendable, CustomStringConvertible, Localizable {
    /// The file (or source name) the problem is in.
    public let file: String
    /// The 1-based line of the XML element concerned, or 0 when unknown.
    public let line: Int
    /// How serious the problem is: errors are thrown, warnings are returned with the venue.
    public let severity: Severity
    /// What is wrong, as a catalogue message.
    public let message: InterchangeMessage
    /// The validation rule, for problems that come from `PlanValidator`.
    public let code: FindingCode?

    /// Creates a problem.
    public init(
        file: String, line: Int, severity: Severity = .error, message: InterchangeMessage,
        code: FindingCode? = nil
    ) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
        self.code = code
    }

    /// Creates a problem from an error worded elsewhere (its own description), as
    /// ``InterchangeMessage/unexpectedError(detail:)``.
    ///
    /// Kept until callers pass a catalogue message.
    public init(
        file: String, line: Int, severity: Severity = .error, message: String, code: FindingCode? = nil
    ) {
        self.init(
            file: file, line: line, severity: severity, message: .unexpectedError(detail: message), code: code
        )
    }

    /// `file:line: message` in `language`; warnings and notes carry their label after the location.
    public func text(_ language: Language) -> String {
        let location = line > 0 ? "\(file):\(line)" : file
        let message = message.text(language)
        switch severity {
        case .error: return "\(location): \(message)"
        case .warning, .info:
            return "\(location): \(severity.name(language)): \(message)"
        }
    }

    /// The problem in Vietnamese.
    public var description: String { text(.vietnamese) }
}
