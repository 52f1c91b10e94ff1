internal import LibXML

/// Builds a worksheet's body rows as markup in a reusable byte buffer (``XMLMarkupBuffer``), the
/// writer's hot path: the same bytes as writing each row element by element through
/// `XMLWriter` (``XLSXPartWriter/writeWorksheet(_:on:)`` with `rowsAsMarkup` off, which a test
/// compares byte for byte), at one libxml2 call per `flushSize` bytes instead of about twenty per
/// cell.
///
/// Each column's `<c r="B` is made once; a cell then costs its row number's digits, its style and
/// type attributes (constants), and its value: whole numbers and serial days formatted in place,
/// text scanned once (``XLSXText/scan(_:)``; NFC, `_xHHHH_` escaping and `xml:space` only when the
/// scan asks for them) and escaped with the characters XML forbids replaced by U+FFFD, in one pass
/// over its UTF-8 bytes.
final class XLSXRowMarkup {
    /// Hand the buffer to the writer once it holds this many bytes.
    static let flushSize = 48 * 1024

    /// The rows built since the buffer was last emptied.
    let buffer = XMLMarkupBuffer(capacity: flushSize + 16 * 1024)
    /// `<c r="A`, `<c r="B`, ... for each column.
    private let cellStarts: [String]
    /// Whether each column is a text column (its text cells get the text style).
    private let textColumns: [Bool]

    /// Prepares the cell starts of `columns`, lettered `letters`.
    init(letters: [String], columns: [Column]) {
        cellStarts = letters.map { "<c r=\"" + $0 }
        textColumns = columns.map(\.isText)
    }

    /// Appends one body row; an empty row is not written (rows carry their number) and empty
    /// cells are left out (cells carry their reference).
    func append(_ row: [CellValue], number: Int) {
        guard row.contains(where: { !Self.isEmpty($0) }) else { return }
        buffer.append(markup: "<row r=\"")
        buffer.append(integer: number)
        buffer.append(markup: "\">")
        for (column, value) in row.enumerated() where !Self.isEmpty(value) {
            appendCell(value, column: column, row: number)
        }
        buffer.append(markup: "</row>")
    }

    /// Whether a cell is `.empty` (without building an `.empty` to compare with).
    @inline(__always)
    private static func isEmpty(_ value: CellValue) -> Bool {
        if case .empty = value { return true }
        return false
    }

    private func appendCell(_ value: CellValue, column: Int, row: Int) {
        switch value {
        case .empty:
            return
        case .text(let text):
            let isText = column < textColumns.count && textColumns[column]
            appendText(text, column: column, row: row, style: isText ? .text : .general)
        case .integer(let number):
            startCell(column: column, row: row, style: .general)
            appendValue(integer: number)
        case .decimal(let number):
            guard number.isFinite else {
                return appendText(value.plainText, column: column, row: row, style: .general)
            }
            startCell(column: column, row: row, style: .general)
            appendValue(String(number))
        case .percentage(let number):
            guard number.isFinite else {
                return appendText(value.plainText, column: column, row: row, style: .general)
            }
            let whole = CellValue.isWholePercent(number)
            startCell(column: column, row: row, style: whole ? .percentage : .percentageDecimals)
            appendValue(String(number))
        case .date(let date):
            guard let serial = XLSXDateSystem.windows1900.serial(of: date) else {
                return appendText(XLSXPartWriter.dayText(date), column: column, row: row, style: .general)
            }
            startCell(column: column, row: row, style: .date)
            appendValue(integer: serial)
        case .dateTime(let date, let hour, let minute, let second, _):
            guard let serial = XLSXDateSystem.windows1900.serial(of: date) else {
                return appendText(value.plainText, column: column, row: row, style: .general)
            }
            let seconds = hour * 3600 + minute * 60 + second
            let number = Double(serial) + Double(seconds) / 86_400
            startCell(column: column, row: row, style: second == 0 ? .dateTime : .dateTimeSeconds)
            appendValue(String(number))
        case .duration(let seconds):
            let style: XLSXStyle =
                !(0..<86_400).contains(seconds) ? .elapsed : seconds % 60 == 0 ? .time : .timeSeconds
            startCell(column: column, row: row, style: style)
            appendValue(String(Double(seconds) / 86_400))
        case .boolean(let flag):
            startCell(column: column, row: row, style: .general)
            buffer.append(markup: flag ? "\" t=\"b\"><v>1</v></c>" : "\" t=\"b\"><v>0</v></c>")
            return
        }
    }

    /// `<c r="B7` and, unless general, ` s="N`; the caller closes the attribute.
    @inline(__always)
    private func startCell(column: Int, row: Int, style: XLSXStyle) {
        if column < cellStarts.count {
            buffer.append(markup: cellStarts[column])
        } else {
            buffer.append(markup: "<c r=\"")
            buffer.append(markup: SheetsMessage.columnLetter(column + 1))
        }
        buffer.append(integer: row)
        if style != .general {
            buffer.append(markup: "\" s=\"")
            buffer.append(integer: style.rawValue)
        }
    }

    /// Ends the start tag and writes `<v>number</v></c>`.
    private func appendValue(integer: Int) {
        buffer.append(markup: "\"><v>")
        buffer.append(integer: integer)
        buffer.append(markup: "</v></c>")
    }

    /// Ends the start tag and writes `<v>number</v></c>` for a formatted number (digits, `.`,
    /// `e`, `-`: nothing to escape).
    private func appendValue(_ number: String) {
        buffer.append(markup: "\"><v>")
        buffer.append(markup: number)
        buffer.append(markup: "</v></c>")
    }

    /// An inline-string cell: `t="inlineStr"`, `<is><t>` with the text as
    /// ``XLSXPartWriter/writeTextElement(_:on:)`` writes it.
    private func appendText(_ text: String, column: Int, row: Int, style: XLSXStyle) {
        startCell(column: column, row: row, style: style)
        let scan = XLSXText.scan(text)
        var clean = scan.mayNeedNormalization ? text.nfc : text
        if scan.hasUnderscore { clean = XLSXText.escaped(clean) }
        if clean.isEmpty {
            buffer.append(
                markup: scan.needsPreserve
                    ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\"/></is></c>"
                    : "\" t=\"inlineStr\"><is><t/></is></c>")
            return
        }
        buffer.append(
            markup: scan.needsPreserve
                ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>")
        buffer.append(text: clean)
        buffer.append(markup: "</t></is></c>")
    }
}
