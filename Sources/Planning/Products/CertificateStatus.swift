/// The state of an OCOP recognition on a given day.
public enum CertificateStatus: Hashable, Codable, Sendable {
    /// Valid on that day, with the number of days left.
    case valid(daysLeft: Int)
    /// Expired before that day (hết hiệu lực): the product may not be shown as OCOP.
    case expired(since: CalendarDate)
    /// The decision is dated after that day.
    case notYetValid(from: CalendarDate)

    /// Whether the product may be presented as OCOP-certified on that day.
    public var isValid: Bool {
        if case .valid = self { return true }
        return false
    }

    /// The status as a short label for lists, in `language`: "Còn hiệu lực", "Valid".
    public func name(_ language: Language) -> String {
        PlanningMessage.certificateStatus(self).text(language)
    }
}
