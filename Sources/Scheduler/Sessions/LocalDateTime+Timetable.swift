import Planning

extension LocalDateTime {
    /// The date-time at a minute index (minutes since 1970-01-01 00:00 local time).
    init(minuteIndex: Int) {
        let days = minuteIndex >= 0 ? minuteIndex / 1440 : (minuteIndex - 1439) / 1440
        let minuteOfDay = minuteIndex - days * 1440
        guard let time = TimeOfDay(minutesSinceMidnight: minuteOfDay) else {
            preconditionFailure("a minute of the day is always in 0..<1440")
        }
        self.init(date: CalendarDate(daysSinceEpoch: days), time: time)
    }

    /// Parses the ISO 8601 form FairPlan writes, `2026-12-04T08:00:00+07:00` (also without
    /// seconds or offset); nil when malformed or in another offset.
    init?(iso8601 text: String) {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard parts.count == 2, let date = CalendarDate(iso: String(parts[0])) else { return nil }
        var clock = Substring(parts[1])
        if clock.hasSuffix("+07:00") {
            clock = clock.dropLast(6)
        } else if clock.contains("+") || clock.contains("Z") || clock.dropFirst().contains("-") {
            return nil
        }
        let fields = clock.split(separator: ":")
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0.count == 2 }),
            fields.count == 2 || fields[2] == "00",
            let time = TimeOfDay("\(fields[0]):\(fields[1])")
        else { return nil }
        self.init(date: date, time: time)
    }
}
