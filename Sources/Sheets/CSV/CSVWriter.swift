/// Writes one sheet as CSV (RFC 4180): CRLF line ends, fields quoted when they contain the
/// delimiter, a double quote, CR or LF, with quotes doubled; optional UTF-8 byte order mark (on
/// by default, so Excel detects UTF-8), optional title row, then the header row and the body.
///
/// **Formula injection**: a text cell whose first character is `=`, `+`, `-`, `@`, a tab or a
/// carriage return is written with a leading `'` so that spreadsheet programs show it as text
/// instead of evaluating it (OWASP "CSV injection"). Only text cells are neutralised: numbers,
/// including negative ones, are written plainly so that they stay numbers.
public struct CSVWriter: Sendable {
    /// The writing options.
    var options: Options

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Writes `sheet` to `path` atomically (a temporary file renamed into place), streaming the
    /// rows.
    ///
    /// - Throws: `SheetsError.io`; the destination is untouched on failure.
    public func write(_ sheet: Sheet, to path: String) throws {
        let file = try ZipWriterAtomicFile(path: path)
        do {
            // One line buffer reused for every record: no allocation per row.
            var line: [UInt8] = []
            line.reserveCapacity(1024)
            try forEachRecord(of: sheet, into: &line) { try file.write($0) }
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Streams `sheet` to `sink`, one record (with its line end) per call after the optional
    /// byte order mark.
    public func write(_ sheet: Sheet, sink: ([UInt8]) throws -> Void) throws {
        var line: [UInt8] = []
        try forEachRecord(of: sheet, into: &line, sink)
    }

    /// Builds each record (the byte order mark first) in `line` and hands it to `sink`.
    private func forEachRecord(of sheet: Sheet, into line: inout [UInt8], _ sink: ([UInt8]) throws -> Void)
        throws
    {
        if options.byteOrderMark {
            try sink([0xEF, 0xBB, 0xBF])
        }
        if options.includeTitle, let title = sheet.title {
            try sink(record([.text(title)]))
        }
        if options.includeHeader {
            try sink(record(sheet.columns.map { .text($0.header) }))
        }
        try sheet.forEachRow { row in
            line.removeAll(keepingCapacity: true)
            appendRecord(row, to: &line)
            try sink(line)
        }
    }

    /// The whole CSV text of `sheet` as bytes (for small sheets and tests).
    public func bytes(_ sheet: Sheet) throws -> [UInt8] {
        var output: [UInt8] = []
        try write(sheet) { output.append(contentsOf: $0) }
        return output
    }

    /// One record: the fields joined by the delimiter, followed by CRLF.
    func record(_ cells: [CellValue]) -> [UInt8] {
        var line: [UInt8] = []
        appendRecord(cells, to: &line)
        return line
    }

    /// Appends one record to `line`. Text that needs neither quoting nor neutralising, whole
    /// numbers and dates are appended without building a `String`; the rest goes through `field`.
    func appendRecord(_ cells: [CellValue], to line: inout [UInt8]) {
        let delimiter = options.delimiter.asciiValue
        for (index, cell) in cells.enumerated() {
            if index > 0 {
                if let delimiter {
                    line.append(delimiter)
                } else {
                    line.append(contentsOf: String(options.delimiter).utf8)
                }
            }
            switch cell {
            case .empty:
                break
            case .text(let text) where delimiter != nil && Self.isPlain(text, delimiter: delimiter ?? 0):
                line.append(contentsOf: text.utf8)
            case .integer(let value):
                line.append(contentsOf: String(value).utf8)
            case .date(let date) where options.dateFormat == .dayMonthYear && (0...9999).contains(date.year):
                Self.appendDayMonthYear(date, to: &line)
            default:
                line.append(contentsOf: field(cell).utf8)
            }
        }
        line.append(13)
        line.append(10)
    }

    /// Whether text is written as it is: no quote, CR, LF or delimiter, and no first character
    /// that triggers a formula.
    private static func isPlain(_ text: String, delimiter: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            if let first = utf8.first,
                first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40
                    || first == 0x09 || first == 0x0D
            {
                return false
            }
            for byte in utf8 where byte == 0x22 || byte == 0x0D || byte == 0x0A || byte == delimiter {
                return false
            }
            return true
        }
    }

    /// Appends `dd/MM/yyyy`.
    private static func appendDayMonthYear(_ date: SheetDate, to line: inout [UInt8]) {
        func two(_ value: Int) {
            line.append(UInt8(48 + value / 10 % 10))
            line.append(UInt8(48 + value % 10))
        }
        two(date.day)
        line.append(0x2F)
        two(date.month)
        line.append(0x2F)
        two(date.year / 100)
        two(date.year % 100)
    }

    /// One field, neutralised (text only) and quoted as needed.
    func field(_ value: CellValue) -> String {
        var text: String
        switch value {
        case .text(let string):
            text = string
            if let first = string.unicodeScalars.first, Self.formulaTriggers.contains(first) {
                text = "'" + string
            }
        case .date(let date):
            text = format(date)
        case .dateTime(let date, let hour, let minute, let second, _):
            // Times on the minute show hh:mm, as the workbooks show them.
            let seconds = second == 0 ? "" : ":\(CellValue.two(second))"
            let time = "\(CellValue.two(hour)):\(CellValue.two(minute))" + seconds
            text = format(date) + (options.dateFormat == .iso8601 ? "T" : " ") + time
        case .duration(let seconds) where seconds % 60 == 0 && seconds >= 0:
            text = "\(CellValue.two(seconds / 3600)):\(CellValue.two(seconds % 3600 / 60))"
        default:
            text = value.plainText
        }
        let delimiter = options.delimiter
        let needsQuotes = text.unicodeScalars.contains { scalar in
            scalar == "\"" || scalar == "\r" || scalar == "\n" || Character(scalar) == delimiter
        }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// The first characters that make a spreadsheet program read a field as a formula.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private func format(_ date: SheetDate) -> String {
        switch options.dateFormat {
        case .iso8601:
            return date.description
        case .dayMonthYear:
            let year = String(date.year)
            let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
            return "\(CellValue.two(date.day))/\(CellValue.two(date.month))/\(paddedYear)"
        }
    }
}
