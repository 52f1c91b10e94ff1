import Foundation
import LibXML

/// Reads the `table:table` elements of an ODF document (ODS `content.xml` or a flat FODS
/// document) from a streaming XML reader into `ReadSheet`s.
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

    /// Reads the whole document and returns its sheets in order.
    mutating func readSheets() throws -> [ReadSheet] {
        var sheets: [ReadSheet] = []
        while try next() {
            if xml.nodeType == .element, xml.namespaceURI == Self.tableNamespace, xml.localName == "table" {
                sheets.append(try readTable())
            }
        }
        return sheets
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
            return .malformedXML(file: fileName, line: 0, message: "tài liệu rỗng (empty document)")
        default:
            return .malformedXML(file: fileName, line: 0, message: error.description)
        }
    }

    /// Reads one `table:table`, positioned on its start tag; leaves the reader on its end tag.
    private mutating func readTable() throws -> ReadSheet {
        let name = (xml.attribute("name", namespaceURI: Self.tableNamespace) ?? "")
            .precomposedStringWithCanonicalMapping
        var sheet = ReadSheet(name: name, rows: [], rowNumbers: [])
        if xml.isEmptyElement { return sheet }
        let depth = xml.depth
        var rowNumber = 1
        while try next() {
            switch xml.nodeType {
            case .endElement where xml.depth == depth:
                return sheet
            case .element where xml.namespaceURI == Self.tableNamespace:
                switch xml.localName {
                case "table-row":
                    let repeats = Self.count(
                        xml.attribute("number-rows-repeated", namespaceURI: Self.tableNamespace))
                    let cells = try readRow(sheet: name, rowNumber: rowNumber)
                    if !cells.isEmpty {
                        for offset in 0..<repeats {
                            try account(cells.count, sheet: name, row: rowNumber + offset)
                            sheet.rows.append(cells)
                            sheet.rowNumbers.append(rowNumber + offset)
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
        return sheet
    }

    private mutating func account(_ cells: Int, sheet: String, row: Int) throws {
        cellCount += cells
        if cellCount > Self.maximumCells {
            throw SheetsError.sheetTooLarge(
                file: fileName, sheet: sheet, row: row, message: "hơn \(Self.maximumCells) ô (too many cells)"
            )
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
                            message: "quá \(Self.maximumColumns) cột (too many columns)")
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
        // Attributes are read now: reading the text moves the reader off the cell's start tag.
        var attributes: [String: String] = [:]
        for name in ["value", "date-value", "time-value", "boolean-value", "string-value"] {
            attributes[name] = xml.attribute(name, namespaceURI: Self.officeNamespace)
        }
        let attribute = { (name: String) in attributes[name] }
        let invalid = { (message: String) in
            SheetsError.invalidCell(
                file: fileName, sheet: sheet, row: row, column: column, message: message)
        }
        let text = try readCellText()
        switch type {
        case nil:
            return text.isEmpty ? .empty : .text(text)
        case "string":
            if let value = attribute("string-value") {
                return .text(value.precomposedStringWithCanonicalMapping)
            }
            return .text(text)
        case "float", "percentage", "currency":
            guard let raw = attribute("value"), let number = Double(raw.trimmingCharacters(in: .whitespaces)),
                number.isFinite
            else {
                throw invalid("số không hợp lệ «\(attribute("value") ?? "")» (invalid number)")
            }
            if type == "percentage" { return .percentage(number) }
            if type == "currency" { return .decimal(number) }
            if let integer = Int(exactly: number) { return .integer(integer) }
            return .decimal(number)
        case "date":
            let raw = attribute("date-value") ?? ""
            guard let value = Self.dateValue(raw) else {
                throw invalid("ngày không hợp lệ «\(raw)» (invalid date)")
            }
            return value
        case "time":
            let raw = attribute("time-value") ?? ""
            guard let seconds = Self.durationSeconds(raw) else {
                throw invalid("thời lượng không hợp lệ «\(raw)» (invalid time)")
            }
            return .duration(seconds: seconds)
        case "boolean":
            switch attribute("boolean-value") {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            case let raw: throw invalid("giá trị đúng/sai không hợp lệ «\(raw ?? "")» (invalid boolean)")
            }
        case let other:
            throw invalid("kiểu ô không được hỗ trợ «\(other ?? "")» (unsupported value type)")
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
                return paragraphs.joined(separator: "\n").precomposedStringWithCanonicalMapping
            case .element
            where xml.namespaceURI == Self.textNamespace && (xml.localName == "p" || xml.localName == "h"):
                paragraphs.append(try readParagraph())
            case .element:
                try xml.skipSubtree()
            default:
                break
            }
        }
        return paragraphs.joined(separator: "\n").precomposedStringWithCanonicalMapping
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
                for character in xml.value ?? "" {
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
