public import Planning

/// One problem found while reading a venue file, located by file and line.
public struct VenueProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file (or source name) the problem is in.
    public let file: String
    /// The 1-based line of the XML element concerned, or 0 when unknown.
    public let line: Int
    /// How serious the problem is: errors are thrown, warnings are returned with the venue.
    public let severity: Severity
    /// What is wrong, in Vietnamese.
    public let message: String
    /// The same in English, when known.
    public let english: String?
    /// The validation rule, for problems that come from `PlanValidator`.
    public let code: FindingCode?

    /// Creates a problem.
    public init(
        file: String, line: Int, severity: Severity = .error, message: String, english: String? = nil,
        code: FindingCode? = nil
    ) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
        self.english = english
        self.code = code
    }

    /// `file:line: message`; warnings and notes carry their Vietnamese label after the location.
    public var description: String {
        let location = line > 0 ? "\(file):\(line)" : file
        switch severity {
        case .error: return "\(location): \(message)"
        case .warning, .info: return "\(location): \(severity.vietnameseName): \(message)"
        }
    }
}
