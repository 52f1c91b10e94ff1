/// The CSV state machine behind `CSVReader`: bytes in, rows of `.text`/`.empty` out.
///
/// Time and memory are linear in the file: empty cells are counted, not stored, until a non-empty
/// cell follows them in the row, so a row of millions of separators costs nothing; the limits of
/// ``CSVReader`` (rows, columns, cells, characters per cell) are checked as the bytes are read.
struct CSVReaderParser {
    let bytes: [UInt8]
    let start: Int
    let separator: UInt8
    let fileName: String
    let sheetName: String

    private static let quote: UInt8 = 0x22
    private static let newline: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    /// Parses every record; returns the non-empty rows and their record numbers.
    mutating func parse() throws -> (rows: [[CellValue]], rowNumbers: [Int]) {
        var rows: [[CellValue]] = []
        var rowNumbers: [Int] = []
        var row: [CellValue] = []
        var field: [UInt8] = []
        var record = 1
        var column = 1
        /// Empty cells read since the last non-empty cell of the row.
        var pendingEmpty = 0
        var cellCount = 0
        var index = start
        var atFieldStart = true
        let fileName = fileName
        let sheetName = sheetName

        func endField() throws {
            defer {
                field.removeAll(keepingCapacity: true)
                column += 1
                atFieldStart = true
            }
            guard !field.isEmpty else {
                pendingEmpty += 1
                return
            }
            if column > CSVReader.maximumColumns {
                throw SheetsError.sheetTooLarge(
                    file: fileName, sheet: sheetName, row: record,
                    reason: .tooManyColumns(limit: CSVReader.maximumColumns))
            }
            if record > CSVReader.maximumRows {
                throw SheetsError.sheetTooLarge(
                    file: fileName, sheet: sheetName, row: record,
                    reason: .tooManyRows(limit: CSVReader.maximumRows))
            }
            let tooLong = SheetsError.invalidCell(
                file: fileName, sheet: sheetName, row: record, column: column,
                reason: .cellTooLong(limit: CSVReader.maximumCellLength))
            // A character takes at most 4 bytes in UTF-8; at most 1 byte each is always short enough.
            if field.count > 4 * CSVReader.maximumCellLength { throw tooLong }
            guard let text = String(validating: field, as: UTF8.self) else {
                throw SheetsError.invalidUTF8(file: fileName, row: record, column: column)
            }
            if field.count > CSVReader.maximumCellLength, text.count > CSVReader.maximumCellLength {
                throw tooLong
            }
            cellCount += pendingEmpty + 1
            if cellCount > CSVReader.maximumCells {
                throw SheetsError.sheetTooLarge(
                    file: fileName, sheet: sheetName, row: record,
                    reason: .tooManyCells(limit: CSVReader.maximumCells))
            }
            if pendingEmpty > 0 {
                row.append(contentsOf: repeatElement(CellValue.empty, count: pendingEmpty))
                pendingEmpty = 0
            }
            row.append(.text(text.nfc))
        }
        func endRecord() throws {
            try endField()
            let width = row.count
            if !row.isEmpty {
                rows.append(row)
                rowNumbers.append(record)
            }
            // The next row starts with room for as many cells as this one: rows of a sheet are
            // mostly as wide as each other, and a row grown cell by cell keeps up to twice the
            // room it needs (a registry of 55,000 rows read 40% larger).
            row = []
            row.reserveCapacity(width)
            pendingEmpty = 0
            record += 1
            column = 1
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote, atFieldStart {
                // A quoted field: up to the closing quote; `""` is a quote.
                let quoteRecord = record
                index += 1
                var closed = false
                while index < bytes.count {
                    if bytes[index] == Self.quote {
                        if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                            field.append(Self.quote)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    field.append(bytes[index])
                    index += 1
                }
                if !closed {
                    throw SheetsError.unterminatedQuote(file: fileName, row: quoteRecord, column: column)
                }
                atFieldStart = false
                continue
            }
            atFieldStart = false
            switch byte {
            case separator:
                try endField()
            case Self.newline:
                try endRecord()
            case Self.carriageReturn:
                try endRecord()
                if index + 1 < bytes.count, bytes[index + 1] == Self.newline { index += 1 }
            default:
                field.append(byte)  // A stray quote inside an unquoted field is kept as is.
            }
            index += 1
        }
        if !field.isEmpty || !row.isEmpty || !atFieldStart {
            try endRecord()
        }
        return (rows, rowNumbers)
    }
}
