extension ODFTableReader {
    /// Vietnam's offset from UTC, given to date-times written without one.
    static let localUTCOffsetMinutes = 420

    /// An `office:date-value`: `2026-12-16` → `.date`; `2026-12-16T08:30:00[.5][Z|±hh:mm]` →
    /// `.dateTime` (local time, +07:00, when no offset is written; fractions of a second dropped).
    static func dateValue(_ raw: String) -> CellValue? {
        let parts = raw.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let dayFields = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard dayFields.count == 3, dayFields[0].count >= 4, dayFields[1].count == 2, dayFields[2].count == 2,
            let year = Int(dayFields[0]), let month = Int(dayFields[1]), let day = Int(dayFields[2]),
            let date = SheetDate(year: year, month: month, day: day)
        else { return nil }
        guard parts.count == 2 else { return .date(date) }
        var time = Substring(parts[1])
        var offset = localUTCOffsetMinutes
        if time.hasSuffix("Z") {
            offset = 0
            time = time.dropLast()
        } else if let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = time[time.index(after: sign)...].split(separator: ":")
            guard zone.count == 2, let hours = Int(zone[0]), let minutes = Int(zone[1]), hours <= 14,
                minutes < 60
            else { return nil }
            offset = (hours * 60 + minutes) * (time[sign] == "-" ? -1 : 1)
            time = time[..<sign]
        }
        let fields = time.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 3, let hour = Int(fields[0]), let minute = Int(fields[1]),
            let second = Double(fields[2]), (0...23).contains(hour), (0...59).contains(minute),
            second >= 0, second < 61
        else { return nil }
        return .dateTime(date, hour: hour, minute: minute, second: Int(second), utcOffsetMinutes: offset)
    }

    /// An `office:time-value` (ISO 8601 duration, `PT1H30M0S`, `P1DT2H`, `PT0.5S`) in whole
    /// seconds (rounded); nil when malformed.
    static func durationSeconds(_ raw: String) -> Int? {
        var text = Substring(raw)
        var sign = 1
        if text.hasPrefix("-") {
            sign = -1
            text = text.dropFirst()
        }
        guard text.hasPrefix("P") else { return nil }
        text = text.dropFirst()
        var total = 0.0
        var inTime = false
        var number = ""
        var sawField = false
        for character in text {
            switch character {
            case "T":
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
            case "0"..."9", ".", ",":
                number.append(character == "," ? "." : character)
            case "D", "H", "M", "S":
                guard let value = Double(number) else { return nil }
                let unit: Double
                switch (character, inTime) {
                case ("D", false): unit = 86_400
                case ("H", true): unit = 3_600
                case ("M", true): unit = 60
                case ("S", true): unit = 1
                default: return nil
                }
                total += value * unit
                number = ""
                sawField = true
            default:
                return nil
            }
        }
        guard sawField, number.isEmpty, total < 1e12 else { return nil }
        return sign * Int(total.rounded())
    }
}
