/// A day in the Gregorian calendar, without time or time zone: decision dates, birth dates, fair days.
///
/// Comparable in date order. Encodes as an ISO 8601 string ("2025-07-06"). Month arithmetic clamps
/// the day to the end of the month: 31 January plus one month is 28 or 29 February.
public struct CalendarDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// A day of the week.
    public enum Weekday: Int, CaseIterable, Codable, Hashable, Sendable {
        /// Monday (Thứ Hai).
        case monday = 1
        /// Tuesday (Thứ Ba).
        case tuesday
        /// Wednesday (Thứ Tư).
        case wednesday
        /// Thursday (Thứ Năm).
        case thursday
        /// Friday (Thứ Sáu).
        case friday
        /// Saturday (Thứ Bảy).
        case saturday
        /// Sunday (Chủ nhật).
        case sunday

        /// The name in `language`: "Thứ Hai", "Monday".
        public func name(_ language: Language) -> String {
            PlanningMessage.weekday(self).text(language)
        }
    }

    /// The year, for example 2025.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a date, or nil when the day does not exist or the year is not 1–9999.
    ///
    /// 30 February, 31 April and 29 February of a common year give nil.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date whose parts are known to be valid (no check: for constants and arithmetic).
    init(valid year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO 8601 calendar date, "2025-07-06"; nil when malformed or not a real day.
    public init?(iso: String) {
        let parts = VietnameseText.normalized(iso).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Self.number(parts[0]), let month = Self.number(parts[1]),
            let day = Self.number(parts[2])
        else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// Parses a date written the Vietnamese way, day first: "06/07/2025", also "6/7/2025",
    /// "06-07-2025" or "06.07.2025"; nil when malformed or not a real day.
    public init?(vietnamese: String) {
        let text = VietnameseText.normalized(vietnamese)
        guard let separator = text.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else {
            return nil
        }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts[2].count == 4, let day = Self.number(parts[0]), let month = Self.number(parts[1]),
            let year = Self.number(parts[2])
        else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// Creates a date from its day number: days since 1970-01-01 (negative before).
    public init(daysSinceEpoch: Int) {
        // Civil-from-days (H. Hinnant), valid for the proleptic Gregorian calendar.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(valid: year, month: month, day: day)
    }

    /// Decodes a date from an ISO 8601 string such as "2025-07-06".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: PlanningMessage.undecodableDate(text).text(.english)
            )
        }
        self = date
    }

    /// Encodes the date as an ISO 8601 string such as "2025-07-06".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// The date in ISO 8601 form, "2025-07-06".
    public var iso: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    /// The date the Vietnamese way, day first with leading zeros: "06/07/2025".
    public var vietnamese: String {
        "\(Self.padded(day, 2))/\(Self.padded(month, 2))/\(Self.padded(year, 4))"
    }

    /// The ISO 8601 form, "2025-07-06".
    public var description: String {
        iso
    }

    /// The day number: days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Days-from-civil (H. Hinnant).
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSinceEpoch + 3) % 7 + 7) % 7
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// The number of days from `other` to this date: positive when this date is later.
    public func daysSince(_ other: CalendarDate) -> Int {
        daysSinceEpoch - other.daysSinceEpoch
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` months later (earlier when negative), clamped to the month's last day.
    ///
    /// 31 January 2025 plus one month is 28 February 2025; 31 March minus one month is 28 or
    /// 29 February.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        let newDay = min(day, Self.daysIn(month: newMonth, year: newYear))
        return CalendarDate(valid: newYear, month: newMonth, day: newDay)
    }

    /// The same day `years` years later (earlier when negative); 29 February becomes 28 February.
    public func adding(years: Int) -> CalendarDate {
        adding(months: years * 12)
    }

    /// Tells whether `lhs` is earlier than `rhs`.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Tells whether `year` is a Gregorian leap year.
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1–12) of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// Parses ASCII digits only (no sign, no spaces).
    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return Int(text)
    }

    /// Formats `value` with leading zeros to at least `width` digits.
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
