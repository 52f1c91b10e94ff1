/// A date and time in Vietnam's time zone (+07:00, no daylight saving).
public struct LocalDateTime: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The offset from UTC every FairPlan time is in, in seconds: Vietnam's, UTC+07:00, with no
    /// daylight saving time. The one constant for it in FairPlan.
    public static let utcOffsetSeconds = 7 * 3600

    /// The calendar day.
    public let date: CalendarDate
    /// The time of day.
    public let time: TimeOfDay

    /// Creates a date-time from a day and a time.
    public init(date: CalendarDate, time: TimeOfDay) {
        self.date = date
        self.time = time
    }

    /// The local date and minute of an instant given as seconds since 1970-01-01 00:00 UTC (Unix
    /// time; negative before 1970), in Vietnam's time (UTC+07:00). Seconds within the minute are
    /// dropped (rounding down, also before 1970).
    ///
    /// Pure arithmetic: no clock, time zone database or locale is read. Front ends read the clock
    /// and pass its value.
    public init(unixSeconds: Int64) {
        let secondsPerDay: Int64 = 86_400
        // Floor division first, then the offset: no overflow near the ends of Int64.
        let remainder = unixSeconds % secondsPerDay
        var days = unixSeconds / secondsPerDay - (remainder < 0 ? 1 : 0)
        var secondOfDay =
            (remainder < 0 ? remainder + secondsPerDay : remainder) + Int64(Self.utcOffsetSeconds)
        if secondOfDay >= secondsPerDay {
            days += 1
            secondOfDay -= secondsPerDay
        }
        self.init(
            date: CalendarDate(daysSinceEpoch: Int(days)),
            time: TimeOfDay(validMinutesSinceMidnight: Int(secondOfDay / 60)))
    }

    /// Minutes since 1970-01-01 00:00 local time: a linear scale for arithmetic.
    public var minuteIndex: Int {
        date.daysSinceEpoch * 1440 + time.minutesSinceMidnight
    }

    /// The date-time a number of minutes later (or earlier, when negative).
    public func adding(minutes: Int) -> LocalDateTime {
        let total = minuteIndex + minutes
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        let minuteOfDay = total - days * 1440
        return LocalDateTime(
            date: CalendarDate(daysSinceEpoch: days),
            time: TimeOfDay(minutesSinceMidnight: minuteOfDay) ?? time)
    }

    /// ISO 8601 with the offset, e.g. `2026-12-16T08:00:00+07:00`.
    public var iso8601: String { "\(date.iso)T\(time):00+07:00" }

    /// The Vietnamese form, e.g. `08:00 16/12/2026`.
    public var description: String { "\(time) \(date.vietnamese)" }

    /// Orders date-times.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.minuteIndex < rhs.minuteIndex }
}
