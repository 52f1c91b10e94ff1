/// The typed value of a spreadsheet cell.
///
/// Writers map each case to the file format's own type (ODF `office:value-type`), so that
/// LibreOffice and Excel sort, sum and format the cells as numbers, dates and times.
///
/// Dates and times are kept out of line (`indirect`), so a cell is as small as a text (24 bytes
/// with its tag, not 64): a registry of 55,000 rows holds half a million cells at once.
public enum CellValue: Hashable, Sendable {
    /// No value.
    case empty
    /// Text (NFC). Line breaks (`\n`) are kept as paragraph or line breaks.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A decimal number.
    case decimal(Double)
    /// A fraction shown as a percentage: 0.9 is 90%.
    case percentage(Double)
    /// A calendar day.
    indirect case date(SheetDate)
    /// A date and time of day, in the given offset from UTC (Vietnam: +420 minutes).
    indirect case dateTime(SheetDate, hour: Int, minute: Int, second: Int, utcOffsetMinutes: Int)
    /// A time of day or a duration, in seconds.
    case duration(seconds: Int)
    /// True or false.
    case boolean(Bool)

    /// The value as plain text, as a CSV cell or a comparison would show it.
    public var plainText: String {
        switch self {
        case .empty: return ""
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .decimal(let value): return Self.format(value)
        case .percentage(let value): return Self.format(Self.percent(of: value)) + "%"
        case .date(let date): return date.description
        case .dateTime(let date, let hour, let minute, let second, _):
            return "\(date) \(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))"
        case .duration(let seconds):
            return "\(Self.two(seconds / 3600)):\(Self.two(seconds % 3600 / 60)):\(Self.two(seconds % 60))"
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        }
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// A fraction in percent, without the binary noise of the multiplication (0.07 is 7, not
    /// 7.000000000000001): rounded to nine decimals, far below any share a list shows.
    public static func percent(of fraction: Double) -> Double {
        (fraction * 100 * 1e9).rounded() / 1e9
    }

    /// Whether a fraction is a whole number of percent (0.07, 0.72), as a number format shows it.
    public static func isWholePercent(_ fraction: Double) -> Bool {
        let percent = percent(of: fraction)
        return percent == percent.rounded()
    }

    /// A decimal without a trailing `.0`.
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
