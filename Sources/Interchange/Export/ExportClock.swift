import Foundation
public import Planning

/// The current time in Vietnam (+07:00), for export metadata.
public enum ExportClock {
    /// Now, as a local date-time in +07:00.
    public static func now() -> LocalDateTime {
        let seconds = Int(Date().timeIntervalSince1970) + LocalDateTime.utcOffsetSeconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let minute = (seconds - days * 86_400) / 60
        return LocalDateTime(
            date: CalendarDate(daysSinceEpoch: days),
            time: TimeOfDay(minutesSinceMidnight: minute) ?? TimeOfDay(minutesSinceMidnight: 0)!)
    }
}
