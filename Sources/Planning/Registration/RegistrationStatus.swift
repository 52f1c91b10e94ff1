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

    /// The name used in lists and messages, in `language`: "Chờ xác nhận", "Pending".
    public func name(_ language: Language) -> String {
        PlanningMessage.registrationStatus(self).text(language)
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

    /// Why the registration may not move to `next`, as a catalogue message, or nil when it may.
    ///
    /// The message names both statuses and what the registration may become instead.
    public func refusalMessage(toMoveTo next: RegistrationStatus) -> PlanningMessage? {
        canMove(to: next) ? nil : .registrationMoveRefused(from: self, to: next)
    }

    /// Whether the registration still counts for booths (not withdrawn).
    public var isActive: Bool { self != .withdrawn }

    /// Orders statuses along the life cycle.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
