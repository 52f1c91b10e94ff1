/// One problem (or remark) validation found in a plan. Findings are values, never thrown.
public struct Finding: Hashable, Codable, Sendable, CustomStringConvertible {
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

    /// Creates a finding.
    public init(
        _ severity: Severity, _ code: FindingCode, subject: Subject, related: [Subject] = [], vi: String,
        en: String
    ) {
        self.severity = severity
        self.code = code
        self.subject = subject
        self.related = related
        self.message = BilingualText(vi: vi, en: en)
    }

    /// `Lỗi [organisation.duplicate-registration-code] Tổ chức «…» (org-1): …`.
    public var description: String {
        "\(severity.vietnameseName) [\(code)] \(subject): \(message.vietnamese)"
    }
}
