public import Planning

/// How the portal takes registrations: until when, and how many posts a minute one client
/// address may send to the public forms.
public struct RegistrationSettings: Sendable {
    /// When registrations close; nil for 23:59 on the day before the event's first day.
    public var closesAt: LocalDateTime?
    /// Posts per minute one address may send to the registration forms; 0 for no limit.
    public var postsPerMinute: Int
    /// Whether the portal takes registrations at all (false: public pages only, plan files
    /// opened read-only).
    public var isEnabled: Bool

    /// Registrations taken until `closesAt` (nil: the day before the event), at most
    /// `postsPerMinute` posts a minute from one address.
    public init(closesAt: LocalDateTime? = nil, postsPerMinute: Int = 20, isEnabled: Bool = true) {
        self.closesAt = closesAt
        self.postsPerMinute = postsPerMinute
        self.isEnabled = isEnabled
    }

    /// Public pages only.
    public static let disabled = RegistrationSettings(isEnabled: false)

    /// When registrations close for an event starting on `firstDay`.
    func closing(firstDay: CalendarDate?) -> LocalDateTime? {
        if let closesAt { return closesAt }
        guard let firstDay else { return nil }
        return LocalDateTime(
            date: firstDay.adding(days: -1), time: TimeOfDay(minutesSinceMidnight: 23 * 60 + 59)!)
    }
}
