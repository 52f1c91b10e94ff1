/// How serious a validation finding is.
public enum Severity: String, CaseIterable, Codable, Sendable, Comparable {
    /// Must be fixed: the plan is wrong.
    case error
    /// Should be looked at: probably wrong.
    case warning
    /// Worth knowing.
    case info

    /// The name in `language`: "Lỗi", "Cảnh báo", "Lưu ý".
    public func name(_ language: Language) -> String {
        PlanningMessage.severity(self).text(language)
    }

    /// Orders severities from the most serious.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
