import Foundation
import LibXML

/// Reads the rows of XLSX worksheet parts, streamed while they are inflated, into typed cells.
///
/// Cells are placed by their reference (`C7` in column C, whatever came before; a cell without
/// one follows the previous cell), rows by their number (`r`, else the previous row's plus one),
/// so gaps and skipped rows come out where Excel shows them. Values: shared strings (`t="s"`),
/// inline strings (`inlineStr`) and formula results (`str`) as text (a formula saved without its
/// result is an error naming the cell: reading it empty would lose what was meant), a number stored as text
/// staying text; booleans (`b`); errors (`e`, such as `#N/A`) as their text, as openpyxl and
/// LibreOffice show them; ISO dates (`d`); numbers typed by the cell's format: dates, date-times,
/// times (durations) from serial numbers in the workbook's date system, percentages, else whole
/// numbers or decimals. Serial 60 of the 1900 system (29/02/1900, a day that never was) is given
/// as the text `29/02/1900`, so that whoever reads the sheet reports it where it is. Empty text
/// is an empty cell. At most 16,384 columns, 1,048,576 rows and, when cells are kept,
/// `ODFTableReader.maximumCells` cells in all.
struct XLSXWorksheetReader {
    /// The highest row number Excel has.
    static let maximumRows = 1_048_576
    /// Vietnam's offset from UTC, given to date-times (XLSX keeps none).
    static let localUTCOffsetMinutes = 420

    let fileName: String
    let sharedStrings: [String]
    let formats: [XLSXNumberFormat]
    let dateSystem: XLSXDateSystem
    private var cellCount = 0

    init(fileName: String, sharedStrings: [String], formats: [XLSXNumberFormat], dateSystem: XLSXDateSystem) {
        self.fileName = fileName
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.dateSystem = dateSystem
    }

    /// Reads one worksheet, calling `row` with each non-empty row in file order.
    mutating func readSheet(
        _ xml: XMLStreamReader, next: () throws -> Bool, index: Int, name: String, limitingCells: Bool,
        row: (ReadRow) throws -> Void
    ) throws {
        while try next() {
            guard xml.nodeType == .element else { continue }
            if xml.localName == "sheetData" {
                try readSheetData(
                    xml, next: next, index: index, name: name, limitingCells: limitingCells, row: row)
            } else if xml.depth >= 1 {
                try xml.skipSubtree()
            }
        }
    }

    private mutating func readSheetData(
        _ xml: XMLStreamReader, next: () throws -> Bool, index: Int, name: String, limitingCells: Bool,
        row: (ReadRow) throws -> Void
    ) throws {
        if xml.isEmptyElement { return }
        let depth = xml.depth
        var rowNumber = 0
        while try next() {
            switch xml.nodeType {
            case .endElement where xml.depth == depth:
                return
            case .element where xml.localName == "row":
                if let written = xml.attribute("r") {
                    guard let number = Int(written.trimmedSpaces), number >= 1 else {
                        throw SheetsError.invalidCell(
                            file: fileName, sheet: name, row: rowNumber + 1, column: 1,
                            reason: .invalidCellReference(written))
                    }
                    rowNumber = number
                } else {
                    rowNumber += 1
                }
                guard rowNumber <= Self.maximumRows else {
                    throw SheetsError.sheetTooLarge(
                        file: fileName, sheet: name, row: rowNumber,
                        reason: .tooManyRows(limit: Self.maximumRows))
                }
                let cells = try readRow(xml, next: next, sheet: name, rowNumber: rowNumber)
                if !cells.isEmpty {
                    if limitingCells {
                        cellCount += cells.count
                        if cellCount > ODFTableReader.maximumCells {
                            throw SheetsError.sheetTooLarge(
                                file: fileName, sheet: name, row: rowNumber,
                                reason: .tooManyCells(limit: ODFTableReader.maximumCells))
                        }
                    }
                    try row(ReadRow(sheetIndex: index, sheetName: name, rowNumber: rowNumber, cells: cells))
                }
            case .element:
                try xml.skipSubtree()
            default:
                break
            }
        }
    }

    /// Reads one `row`; returns its cells from column A to the last non-empty one.
    private func readRow(_ xml: XMLStreamReader, next: () throws -> Bool, sheet: String, rowNumber: Int)
        throws
        -> [CellValue]
    {
        if xml.isEmptyElement { return [] }
        let depth = xml.depth
        var cells: [CellValue] = []
        var column = 0
        while try next() {
            switch xml.nodeType {
            case .endElement where xml.depth == depth:
                return cells
            case .element where xml.localName == "c":
                if let reference = xml.attribute("r") {
                    guard let parsed = Self.column(of: reference) else {
                        throw SheetsError.invalidCell(
                            file: fileName, sheet: sheet, row: rowNumber, column: column + 1,
                            reason: .invalidCellReference(reference))
                    }
                    column = parsed
                } else {
                    column += 1
                }
                guard column <= ODFTableReader.maximumColumns else {
                    throw SheetsError.sheetTooLarge(
                        file: fileName, sheet: sheet, row: rowNumber,
                        reason: .tooManyColumns(limit: ODFTableReader.maximumColumns))
                }
                let value = try readCell(xml, next: next, sheet: sheet, row: rowNumber, column: column)
                guard value != .empty else { continue }
                if column > cells.count {
                    cells.append(contentsOf: repeatElement(CellValue.empty, count: column - 1 - cells.count))
                    cells.append(value)
                } else {
                    cells[column - 1] = value
                }
            case .element:
                try xml.skipSubtree()
            default:
                break
            }
        }
        return cells
    }

    /// The 1-based column of a cell reference (`C7` → 3; `$C$7` too), or nil when it is not one
    /// or lies beyond the sheet.
    static func column(of reference: String) -> Int? {
        var column = 0
        var digits = 0
        var row = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A") + 1)
                guard column <= ODFTableReader.maximumColumns else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard column > 0 else { return nil }
                digits += 1
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                guard row <= maximumRows else { return nil }
            default:
                return nil
            }
        }
        return column > 0 && digits > 0 && row >= 1 ? column : nil
    }

    /// Reads one `c`, positioned on its start tag; leaves the reader on its end tag.
    private func readCell(
        _ xml: XMLStreamReader, next: () throws -> Bool, sheet: String, row: Int, column: Int
    )
        throws -> CellValue
    {
        let type = xml.attribute("t") ?? "n"
        let style = xml.attribute("s").flatMap { Int($0) } ?? 0
        var raw: String?
        var inline: String?
        var formula: String?
        if !xml.isEmptyElement {
            let depth = xml.depth
            reading: while try next() {
                switch xml.nodeType {
                case .endElement where xml.depth == depth:
                    break reading
                case .element where xml.localName == "v":
                    raw = try xml.readText()
                case .element where xml.localName == "f":
                    formula = xml.isEmptyElement ? "" : try xml.readText()
                case .element where xml.localName == "is":
                    inline = try XLSXPackage.richText(xml, next: next)
                case .element:
                    try xml.skipSubtree()
                default:
                    break
                }
            }
        }
        let invalid = { (reason: SheetsMessage) in
            SheetsError.invalidCell(file: fileName, sheet: sheet, row: row, column: column, reason: reason)
        }
        // A formula whose result was never saved (a script wrote it, nothing calculated it) would
        // read as an empty cell: the value the person meant would be lost without a word. openpyxl
        // writes an empty `<v></v>`; only a text result (`str`) may be empty.
        if let formula, inline == nil, raw == nil || type != "str" && raw?.trimmedSpaces.isEmpty == true {
            throw invalid(.formulaWithoutValue(formula: formula.trimmedSpaces))
        }
        switch type {
        case "s":
            guard let raw else { return .empty }
            guard let index = Int(raw.trimmedSpaces),
                sharedStrings.indices.contains(index)
            else { throw invalid(.invalidSharedString(raw)) }
            return Self.text(sharedStrings[index])
        case "inlineStr":
            return Self.text(inline ?? raw.map { XLSXText.unescaped($0).nfc } ?? "")
        case "str", "e":
            return Self.text(XLSXText.unescaped(raw ?? "").nfc)
        case "b":
            switch raw?.trimmedSpaces {
            case nil, "": return .empty
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            case let other: throw invalid(.invalidBoolean(other ?? ""))
            }
        case "d":
            guard let raw, !raw.isEmpty else { return .empty }
            guard let value = ODFTableReader.dateValue(raw.trimmedSpaces) else {
                throw invalid(.invalidDate(raw))
            }
            return value
        case "n":
            guard let raw, !raw.trimmedSpaces.isEmpty else { return .empty }
            guard let number = Double(raw.trimmedSpaces), number.isFinite else {
                throw invalid(.invalidNumber(raw))
            }
            return typed(number, format: formats.indices.contains(style) ? formats[style] : .general)
        default:
            throw invalid(.unsupportedValueType(type))
        }
    }

    private static func text(_ value: String) -> CellValue {
        value.isEmpty ? .empty : .text(value)
    }

    /// A number as its format shows it.
    func typed(_ number: Double, format: XLSXNumberFormat) -> CellValue {
        switch format {
        case .general:
            break
        case .percentage:
            return .percentage(number)
        case .time:
            if abs(number) < 1e7 { return .duration(seconds: Int((number * 86_400).rounded())) }
        case .date, .dateTime:
            guard number >= 0, number < Double(XLSXDateSystem.maximumSerial + 1) else { break }
            var serial = Int(number.rounded(.down))
            var seconds = Int(((number - Double(serial)) * 86_400).rounded())
            if seconds >= 86_400 {
                serial += 1
                seconds -= 86_400
            }
            switch dateSystem.day(serial: serial) {
            case nil:
                break
            case .phantomLeapDay:
                return .text("29/02/1900")
            case .date(let date):
                guard format == .dateTime else { return .date(date) }
                return .dateTime(
                    date, hour: seconds / 3600, minute: seconds % 3600 / 60, second: seconds % 60,
                    utcOffsetMinutes: Self.localUTCOffsetMinutes)
            }
        }
        if let integer = Int(exactly: number) { return .integer(integer) }
        return .decimal(number)
    }
}
