/// Where an exhibiting party's registration stands.
///
/// The life cycle: a registration arrives **pending**; the organisers **confirm** it; it is then
/// **placed** (booths given) or put on the **waiting list**; a waiting party is placed when booths
/// free up, a placed party goes back to the waiting list when a new booth plan leaves it out, and
/// any registration still open can be **withdrawn**. A withdrawal is final: a party that comes back
/// registers again.
public enum RegistrationStatus: String, CaseIterable, Codable, Sendable, Comparable {
    /// Chờ xác nhận: received, not yet confirmed by the organisers.
    case pending
    /// Đã xác nhận: confirmed, waiting for the booth plan.
    case confirmed
    /// Đã xếp gian: has booths in the current booth plan.
    case placed
    /// Danh sách chờ: confirmed, but no booths are free for it.
    case waitlisted
    /// Đã rút: withdrawn; its booths are freed.
    case withdrawn

    /// The Vietnamese name used in lists and messages.
    public var vietnameseName: String {
        switch self {
        case .pending: "Chờ xác nhận"
        case .confirmed: "Đã xác nhận"
        case .placed: "Đã xếp gian"
        case .waitlisted: "Danh sách chờ"
        case .withdrawn: "Đã rút"
        }
    }

    /// The English name, for logs and help text.
    public var englishName: String {
        switch self {
        case .pending: "pending"
        case .confirmed: "confirmed"
        case .placed: "placed"
        case .waitlisted: "waitlisted"
        case .withdrawn: "withdrawn"
        }
    }

    /// The statuses a registration may move to from this one.
    public var allowedNext: [RegistrationStatus] {
        switch self {
        case .pending: [.confirmed, .withdrawn]
        case .confirmed: [.placed, .waitlisted, .withdrawn]
        case .placed: [.waitlisted, .withdrawn]
        case .waitlisted: [.placed, .withdrawn]
        case .withdrawn: []
        }
    }

    /// Whether the registration may move to `next`.
    public func canMove(to next: RegistrationStatus) -> Bool {
        allowedNext.contains(next)
    }

    /// Why the registration may not move to `next`, or nil when it may.
    ///
    /// The message names both statuses and, in Vietnamese and English, what the registration may
    /// become instead.
    public func refusal(toMoveTo next: RegistrationStatus) -> BilingualText? {
        guard !canMove(to: next) else { return nil }
        let options = allowedNext
        let viOptions =
            options.isEmpty
            ? "đăng ký đã rút là trạng thái cuối, đơn vị muốn tham gia lại phải đăng ký mới"
            : "chỉ có thể chuyển sang " + options.map { "«\($0.vietnameseName)»" }.joined(separator: ", ")
        let enOptions =
            options.isEmpty
            ? "a withdrawn registration is final; the party must register again"
            : "it may only become " + options.map(\.englishName).joined(separator: ", ")
        return BilingualText(
            vi:
                "Không thể chuyển đăng ký từ «\(vietnameseName)» sang «\(next.vietnameseName)»: \(viOptions).",
            en: "Cannot move a registration from \(englishName) to \(next.englishName): \(enOptions).")
    }

    /// Whether the registration still counts for booths (not withdrawn).
    public var isActive: Bool { self != .withdrawn }

    /// Orders statuses along the life cycle.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
