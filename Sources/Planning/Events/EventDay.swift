/// One day of an event with its opening hours.
public struct EventDay: Hashable, Codable, Sendable {
    /// The calendar day.
    public let date: CalendarDate
    /// The opening time.
    public let opens: TimeOfDay
    /// The closing time; after `opens`.
    public let closes: TimeOfDay

    /// Creates a day with its opening hours.
    public init(date: CalendarDate, opens: TimeOfDay, closes: TimeOfDay) {
        self.date = date
        self.opens = opens
        self.closes = closes
    }

    /// The opening hours as a span of local time, or nil when they are inverted.
    public var hours: TimeRange? {
        TimeRange(start: LocalDateTime(date: date, time: opens), end: LocalDateTime(date: date, time: closes))
    }
}
