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

    /// The status as a short Vietnamese label for lists: "Còn hiệu lực", "Hết hiệu lực", ...
    public var vietnameseLabel: String {
        switch self {
        case .valid: "Còn hiệu lực"
        case .expired: "Hết hiệu lực"
        case .notYetValid: "Chưa có hiệu lực"
        }
    }
}
