extension CSVWriter {
    /// How dates are written.
    public enum DateFormat: Sendable, Hashable {
        /// `16/12/2026` (Vietnamese day-month-year order); with time `16/12/2026 08:00:00`.
        case dayMonthYear
        /// `2026-12-16`; with time `2026-12-16T08:00:00`.
        case iso8601
    }

    /// CSV writing options.
    public struct Options: Sendable, Hashable {
        /// The field delimiter: `,` (RFC 4180) or `;` (Excel with a Vietnamese locale).
        public var delimiter: Character
        /// Whether the file starts with a UTF-8 byte order mark (Excel needs it to read UTF-8).
        public var byteOrderMark: Bool
        /// How dates are written.
        public var dateFormat: DateFormat
        /// Whether the sheet's title, when set, is written as a first one-field record.
        public var includeTitle: Bool
        /// Whether the column headers are written as a record before the body.
        public var includeHeader: Bool

        /// Creates options; the defaults suit Excel: `,`, BOM, dd/MM/yyyy, header, no title.
        public init(
            delimiter: Character = ",",
            byteOrderMark: Bool = true,
            dateFormat: DateFormat = .dayMonthYear,
            includeTitle: Bool = false,
            includeHeader: Bool = true
        ) {
            self.delimiter = delimiter
            self.byteOrderMark = byteOrderMark
            self.dateFormat = dateFormat
            self.includeTitle = includeTitle
            self.includeHeader = includeHeader
        }
    }
}
