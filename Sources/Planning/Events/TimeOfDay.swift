/// A wall-clock time in Vietnam (+07:00), to the minute.
public struct TimeOfDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0 ..< 1440.
    public let minutesSinceMidnight: Int

    /// Creates a time from hours and minutes; nil when out of range.
    public init?(hour: Int, minute: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        minutesSinceMidnight = hour * 60 + minute
    }

    /// Creates a time from minutes since midnight; nil when out of range.
    public init?(minutesSinceMidnight minutes: Int) {
        guard (0..<1440).contains(minutes) else { return nil }
        minutesSinceMidnight = minutes
    }

    /// Creates a time from minutes since midnight already known to be in 0 ..< 1440 (arithmetic).
    init(validMinutesSinceMidnight minutes: Int) {
        minutesSinceMidnight = minutes
    }

    /// Parses `8:00`, `08:30`, `8h30`, `8g30` or `8h`.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace().lowercased()
        guard let separator = trimmed.firstIndex(where: { $0 == ":" || $0 == "h" || $0 == "g" }) else {
            return nil
        }
        let hourText = trimmed[..<separator]
        let minuteText = trimmed[trimmed.index(after: separator)...]
        guard let hour = Int(hourText), hourText.count <= 2 else { return nil }
        let minute: Int
        if minuteText.isEmpty {
            minute = 0
        } else {
            guard minuteText.count == 2, let value = Int(minuteText) else { return nil }
            minute = value
        }
        self.init(hour: hour, minute: minute)
    }

    /// The hour, 0–23.
    public var hour: Int { minutesSinceMidnight / 60 }
    /// The minute, 0–59.
    public var minute: Int { minutesSinceMidnight % 60 }

    /// The time as `HH:mm`.
    public var description: String {
        let hours = hour < 10 ? "0\(hour)" : "\(hour)"
        let minutes = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(hours):\(minutes)"
    }

    /// Orders times of day.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
