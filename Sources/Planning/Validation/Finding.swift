/// One problem (or remark) validation found in a plan. Findings are values, never thrown.
public struct Finding: Hashable, Codable, Sendable, CustomStringConvertible, Localizable {
    /// How serious it is.
    public let severity: Severity
    /// The rule that found it.
    public let code: FindingCode
    /// What is wrong and what to do, in Vietnamese and English.
    public let message: BilingualText
    /// The entity concerned.
    public let subject: Subject
    /// Other entities involved (the other duplicate, the other session), when any.
    public let related: [Subject]

    /// Creates a finding worded by a catalogue message, kept in both languages.
    public init(
        _ severity: Severity, _ code: FindingCode, subject: Subject, related: [Subject] = [],
        message: PlanningMessage
    ) {
        self.severity = severity
        self.code = code
        self.subject = subject
        self.related = related
        self.message = BilingualText(message)
    }

    /// The full line in `language`: severity, code, subject and message,
    /// `Lỗi [organisation.duplicate-registration-code] Tổ chức «…» (org-1): …`.
    public func text(_ language: Language) -> String {
        "\(severity.name(language)) [\(code)] \(subject.text(language)): \(message.text(language))"
    }

    /// The full line in Vietnamese.
    public var description: String { text(.vietnamese) }
}
