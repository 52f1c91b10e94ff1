import Foundation
import LibXML

/// Reads the `table:table` elements of an ODF document (ODS `content.xml` or a flat FODS
/// document) from a streaming XML reader into `ReadSheet`s, or streams their rows.
///
/// Repeated rows and cells are expanded only up to the last non-empty cell of a row and only
/// for rows that have one, so LibreOffice's padding (1024 columns, 1048576 rows) costs nothing;
/// `maximumCells` bounds what a hostile file can make us materialise.
struct ODFTableReader {
    static let tableNamespace = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    /// Most columns a row may reach with a non-empty cell (LibreOffice's own maximum).
    static let maximumColumns = 16_384
    /// Most cells materialised per workbook.
    static let maximumCells = 20_000_000

    let fileName: String
    let xml: XMLStreamReader
    private var cellCount = 0

    init(fileName: String, xml: XMLStreamReader) {
        self.fileName = fileName
        self.xml = xml
    }

    /// Reads the whole document and returns its sheets in order, every row in memory
    /// (at most `maximumCells` cells in all).
    mutating func readSheets() throws -> [ReadSheet] {
        var sheets: [ReadSheet] = []
        try readTables(
            limitingCells: true,
            sheet: { sheets.append(ReadSheet(name: $0, rows: [], rowNumbers: [])) },
            row: { row in
                sheets[row.sheetIndex].rows.append(row.cells)
                sheets[row.sheetIndex].rowNumbers.append(row.rowNumber)
            })
        return sheets
    }

    /// Streams the document: calls `sheet` with each table's name as it starts, then `row` with
    /// each of its non-empty rows (a repeated row once per repetition), keeping nothing.
    ///
    /// - Parameter limitingCells: Whether to refuse more than `maximumCells` cells in all (when
    ///   the caller keeps them).
    mutating func readTables(
        limitingCells: Bool, sheet: (String) throws -> Void, row: (ReadRow) throws -> Void
    ) throws {
        var sheetIndex = 0
        while try next() {
            if xml.nodeType == .element, xml.namespaceURI == Self.tableNamespace, xml.localName == "table" {
                try readTable(index: sheetIndex, limitingCells: limitingCells, sheet: sheet, row: row)
                sheetIndex += 1
            }
        }
    }

    /// `xml.read()`, with LibXML's errors turned into `SheetsError.malformedXML`.
    private func next() throws -> Bool {
        do {
            return try xml.read()
        } catch let error as LibXMLError {
            throw Self.translate(error, fileName: fileName)
        }
    }

    static func translate(_ error: LibXMLError, fileName: String) -> SheetsError {
        switch error {
        case .malformed(_, let line, _, let message):
            return .malformedXML(file: fileName, line: line, message: message)
        case .emptyInput:
            return .emptyDocument(file: fileName)
        case .documentTypeNotAllowed(_, let line):
            return .malformedXML(file: fileName, line: line, message: "DOCTYPE declarations are not allowed")
        case .entityDeclarationNotAllowed(_, let line, let name):
            return .malformedXML(
                file: fileName, line: line, message: "entity declarations are not allowed (entity '\(name)')")
        default:
            return .malformedXML(file: fileName, line: 0, message: error.description)
        }
    }

    /// Reads one `table:table`, positioned on its start tag; leaves the reader on its end tag.
    private mutating func readTable(
        index: Int, limitingCells: Bool, sheet: (String) throws -> Void, row: (ReadRow) throws -> Void
    ) throws {
        let name = (xml.attribute("name", namespaceURI: Self.tableNamespace) ?? "")
            .precomposedStringWithCanonicalMapping
        try sheet(name)
        if xml.isEmptyElement { return }
        let depth = xml.depth
        var rowNumber = 1
        while try next() {
            switch xml.nodeType {
            case .endElement where xml.depth == depth:
                return
            case .element where xml.namespaceURI == Self.tableNamespace:
                switch xml.localName {
                case "table-row":
                    let repeats = Self.count(
                        xml.attribute("number-rows-repeated", namespaceURI: Self.tableNamespace))
                    let cells = try readRow(sheet: name, rowNumber: rowNumber)
                    if !cells.isEmpty {
                        for offset in 0..<repeats {
                            if limitingCells {
                                try account(cells.count, sheet: name, row: rowNumber + offset)
                            }
                            try row(
                                ReadRow(
                                    sheetIndex: index, sheetName: name, rowNumber: rowNumber + offset,
                                    cells: cells))
                        }
                    }
                    rowNumber += repeats
                case "table-row-group", "table-header-rows", "table-rows":
                    break  // Rows inside are read as they come.
                default:
                    try xml.skipSubtree()  // Columns, shapes, sources, nested tables...
                }
            case .element:
                try xml.skipSubtree()
            default:
                break
            }
        }
    }

    private mutating func account(_ cells: Int, sheet: String, row: Int) throws {
        cellCount += cells
        if cellCount > Self.maximumCells {
            throw SheetsError.sheetTooLarge(
                file: fileName, sheet: sheet, row: row, reason: .tooManyCells(limit: Self.maximumCells))
        }
    }

    /// A repeat count attribute: at least 1, at most 2^31 (enough for any real sheet).
    static func count(_ attribute: String?) -> Int {
        guard let attribute, let value = Int(attribute), value > 1 else { return 1 }
        return min(value, 1 << 31)
    }

    /// Reads one `table:table-row`; returns its cells up to the last non-empty one.
    private mutating func readRow(sheet: String, rowNumber: Int) throws -> [CellValue] {
        if xml.isEmptyElement { return [] }
        let depth = xml.depth
        var cells: [CellValue] = []
        var pendingEmpty = 0
        var column = 1
        while try next() {
            switch xml.nodeType {
            case .endElement where xml.depth == depth:
                return cells
            case .element where xml.namespaceURI == Self.tableNamespace:
                let covered = xml.localName == "covered-table-cell"
                guard covered || xml.localName == "table-cell" else {
                    try xml.skipSubtree()
                    continue
                }
                let repeats = Self.count(
                    xml.attribute("number-columns-repeated", namespaceURI: Self.tableNamespace))
                let value = try readCell(sheet: sheet, row: rowNumber, column: column)
                if covered || value == .empty {
                    pendingEmpty += repeats
                } else {
                    let end = cells.count + pendingEmpty + repeats
                    if end > Self.maximumColumns {
                        throw SheetsError.sheetTooLarge(
                            file: fileName, sheet: sheet, row: rowNumber,
                            reason: .tooManyColumns(limit: Self.maximumColumns))
                    }
                    cells.append(contentsOf: repeatElement(CellValue.empty, count: pendingEmpty))
                    cells.append(contentsOf: repeatElement(value, count: repeats))
                    pendingEmpty = 0
                }
                column += repeats
            case .element:
                try xml.skipSubtree()
            default:
                break
            }
        }
        return cells
    }

    /// Reads one cell (table or covered), positioned on its start tag; leaves the reader on its
    /// end tag.
    private func readCell(sheet: String, row: Int, column: Int) throws -> CellValue {
        let type = xml.attribute("value-type", namespaceURI: Self.officeNamespace)
        // The one value attribute the type needs is read now: reading the text moves the reader
        // off the cell's start tag.
        let valueAttribute: String? =
            switch type {
            case "string": "string-value"
            case "float", "percentage", "currency": "value"
            case "date": "date-value"
            case "time": "time-value"
            case "boolean": "boolean-value"
            default: nil
            }
        let rawValue = valueAttribute.flatMap { xml.attribute($0, namespaceURI: Self.officeNamespace) }
        let formula = type == nil ? xml.attribute("formula", namespaceURI: Self.tableNamespace) : nil
        let attribute = { (name: String) in name == valueAttribute ? rawValue : nil }
        let invalid = { (reason: SheetsMessage) in
            SheetsError.invalidCell(
                file: fileName, sheet: sheet, row: row, column: column, reason: reason)
        }
        let text = try readCellText()
        switch type {
        case nil:
            // A formula with neither a value type nor text: its result was never saved.
            if let formula, text.isEmpty {
                let written = formula.hasPrefix("of:=") ? String(formula.dropFirst(4)) : formula
                throw invalid(
                    .formulaWithoutValue(
                        formula: written.hasPrefix("=") ? String(written.dropFirst()) : written))
            }
            return text.isEmpty ? .empty : .text(text)
        case "string":
            if let value = attribute("string-value") {
                return .text(value.nfc)
            }
            return .text(text)
        case "float", "percentage", "currency":
            guard let raw = attribute("value"), let number = Double(raw.trimmingCharacters(in: .whitespaces)),
                number.isFinite
            else {
                throw invalid(.invalidNumber(attribute("value") ?? ""))
            }
            if type == "percentage" { return .percentage(number) }
            if type == "currency" { return .decimal(number) }
            if let integer = Int(exactly: number) { return .integer(integer) }
            return .decimal(number)
        case "date":
            let raw = attribute("date-value") ?? ""
            guard let value = Self.dateValue(raw) else {
                throw invalid(.invalidDate(raw))
            }
            return value
        case "time":
            let raw = attribute("time-value") ?? ""
            guard let seconds = Self.durationSeconds(raw) else {
                throw invalid(.invalidTime(raw))
            }
            return .duration(seconds: seconds)
        case "boolean":
            switch attribute("boolean-value") {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            case let raw: throw invalid(.invalidBoolean(raw ?? ""))
            }
        case let other:
            throw invalid(.unsupportedValueType(other ?? ""))
        }
    }

    /// The text of a cell's paragraphs (`text:p`, `text:h`), joined with `\n`, NFC; leaves the
    /// reader on the cell's end tag. Annotations, shapes and other content are skipped.
    private func readCellText() throws -> String {
        if xml.isEmptyElement { return "" }
        let depth = xml.depth
        var paragraphs: [String] = []
        while try next() {
            switch xml.nodeType {
            case .endElement where xml.depth == depth:
                return (paragraphs.count == 1 ? paragraphs[0] : paragraphs.joined(separator: "\n")).nfc
            case .element
            where xml.namespaceURI == Self.textNamespace && (xml.localName == "p" || xml.localName == "h"):
                paragraphs.append(try readParagraph())
            case .element:
                try xml.skipSubtree()
            default:
                break
            }
        }
        return (paragraphs.count == 1 ? paragraphs[0] : paragraphs.joined(separator: "\n")).nfc
    }

    /// Whether ODF white-space rules leave `value` as it is: no tab, line feed or carriage
    /// return, no run of spaces, no space at the start after a space (or at the start of the
    /// paragraph), and no space at the end (a space there may be collapsed with what follows).
    static func isCollapsed(_ value: String, afterSpace: Bool) -> Bool {
        var value = value
        return value.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return false }
            if (afterSpace && first == 0x20) || last == 0x20 { return false }
            var previous: UInt8 = 0
            for byte in utf8 {
                if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previous == 0x20) {
                    return false
                }
                previous = byte
            }
            return true
        }
    }

    /// The text of one paragraph with ODF white-space rules: runs of spaces, tabs and newlines
    /// in the XML become one space (none at the start); `text:s`, `text:tab` and
    /// `text:line-break` give spaces, a tab and `\n`.
    private func readParagraph() throws -> String {
        if xml.isEmptyElement { return "" }
        let depth = xml.depth
        var text = ""
        var afterSpace = true  // Leading white space of a paragraph is dropped.
        while try next() {
            switch xml.nodeType {
            case .endElement where xml.depth == depth:
                return text
            case .text, .cdata, .whitespace, .significantWhitespace:
                let value = xml.value ?? ""
                if Self.isCollapsed(value, afterSpace: afterSpace) {
                    text += value
                    afterSpace = false
                    continue
                }
                for character in value {
                    if character == " " || character == "\t" || character == "\n" || character == "\r" {
                        if !afterSpace { text.append(" ") }
                        afterSpace = true
                    } else {
                        text.append(character)
                        afterSpace = false
                    }
                }
            case .element where xml.namespaceURI == Self.textNamespace:
                switch xml.localName {
                case "s":
                    let count = min(Self.count(xml.attribute("c", namespaceURI: Self.textNamespace)), 10_000)
                    text += String(repeating: " ", count: count)
                    afterSpace = false
                    try xml.skipSubtree()
                case "tab":
                    text += "\t"
                    afterSpace = false
                    try xml.skipSubtree()
                case "line-break":
                    text += "\n"
                    afterSpace = false
                    try xml.skipSubtree()
                case "note", "ruby-text":
                    try xml.skipSubtree()
                default:
                    break  // Spans, links, fields: their text is read as it comes.
                }
            case .element where xml.namespaceURI == Self.officeNamespace && xml.localName == "annotation":
                try xml.skipSubtree()
            case .element:
                if xml.namespaceURI?.contains(":drawing:") == true { try xml.skipSubtree() }
            default:
                break
            }
        }
        return text
    }
}
