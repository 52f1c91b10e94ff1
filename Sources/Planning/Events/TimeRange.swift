/// A half-open span of local time, `[start, end)`.
public struct TimeRange: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The first minute of the span.
    public let start: LocalDateTime
    /// The minute after the last one.
    public let end: LocalDateTime

    /// Creates a span; nil when `end` is not after `start`.
    public init?(start: LocalDateTime, end: LocalDateTime) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// Creates a span from a start and a duration in minutes (> 0).
    public init?(start: LocalDateTime, minutes: Int) {
        self.init(start: start, end: start.adding(minutes: minutes))
    }

    /// The length in minutes.
    public var minutes: Int { end.minuteIndex - start.minuteIndex }

    /// Whether two spans share at least one minute.
    public func overlaps(_ other: TimeRange) -> Bool {
        start < other.end && other.start < end
    }

    /// Whether the other span lies wholly inside this one.
    public func contains(_ other: TimeRange) -> Bool {
        start <= other.start && other.end <= end
    }

    /// The Vietnamese form: `08:00–09:30 16/12/2026`, or both ends in full across days.
    public var description: String {
        start.date == end.date
            || (end.time.minutesSinceMidnight == 0 && end.date == start.date.adding(days: 1))
            ? "\(start.time)–\(end.time) \(start.date.vietnamese)"
            : "\(start) – \(end)"
    }
}
