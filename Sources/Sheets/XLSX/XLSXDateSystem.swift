/// How an XLSX workbook numbers days: a cell holds a serial number, whole days since an epoch
/// with the time of day as the fraction (`46372.5` is noon), and the workbook says which epoch.
///
/// - ``windows1900``: serial 1 is 1 January 1900. Excel keeps Lotus 1-2-3's mistake of a
///   29 February 1900, serial 60, so from 1 March 1900 (serial 61) on a serial counts days since
///   30 December 1899, and serials 1–59 days since 31 December 1899. FairPlan writes this system.
/// - ``mac1904``: serial 0 is 1 January 1904 (`<workbookPr date1904="1"/>`, old Mac Excel).
enum XLSXDateSystem: Hashable, Sendable {
    /// Serial 1 = 1900-01-01, with the phantom 1900-02-29 at serial 60.
    case windows1900
    /// Serial 0 = 1904-01-01.
    case mac1904

    /// The phantom day of the 1900 system, 29 February 1900.
    static let phantomLeapDay = 60

    /// The largest serial of a real day: 31 December 9999 in the 1900 system.
    static let maximumSerial = 2_958_465

    /// What a whole serial number means.
    enum Day: Hashable, Sendable {
        /// A calendar day.
        case date(SheetDate)
        /// Serial 60 of the 1900 system: 29 February 1900, which never existed.
        case phantomLeapDay
    }

    /// The serial number of a day, or nil when the system cannot hold it (before its first day or
    /// after 9999-12-31).
    func serial(of date: SheetDate) -> Int? {
        let days = Self.daysSinceUnixEpoch(year: date.year, month: date.month, day: date.day)
        let serial: Int
        switch self {
        case .windows1900:
            let firstOfMarch1900 = Self.daysSinceUnixEpoch(year: 1900, month: 3, day: 1)
            serial =
                days >= firstOfMarch1900
                ? days - Self.daysSinceUnixEpoch(year: 1899, month: 12, day: 30)
                : days - Self.daysSinceUnixEpoch(year: 1899, month: 12, day: 31)
            guard serial >= 1 else { return nil }
        case .mac1904:
            serial = days - Self.daysSinceUnixEpoch(year: 1904, month: 1, day: 1)
            guard serial >= 0 else { return nil }
        }
        return serial <= Self.maximumSerial ? serial : nil
    }

    /// The day of a whole serial number, or nil when it names none (below the first day, above
    /// 9999-12-31; serial 0 of the 1900 system, which Excel shows as `00/01/1900`).
    func day(serial: Int) -> Day? {
        guard serial <= Self.maximumSerial else { return nil }
        let days: Int
        switch self {
        case .windows1900:
            guard serial >= 1 else { return nil }
            if serial == Self.phantomLeapDay { return .phantomLeapDay }
            days =
                serial > Self.phantomLeapDay
                ? Self.daysSinceUnixEpoch(year: 1899, month: 12, day: 30) + serial
                : Self.daysSinceUnixEpoch(year: 1899, month: 12, day: 31) + serial
        case .mac1904:
            guard serial >= 0 else { return nil }
            days = Self.daysSinceUnixEpoch(year: 1904, month: 1, day: 1) + serial
        }
        let civil = Self.civilDate(daysSinceUnixEpoch: days)
        return SheetDate(year: civil.year, month: civil.month, day: civil.day).map(Day.date)
    }

    /// Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    static func daysSinceUnixEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSinceUnixEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
