import Foundation

/// The CSV state machine behind `CSVReader`: bytes in, rows of `.text`/`.empty` out.
struct CSVReaderParser {
    let bytes: [UInt8]
    let start: Int
    let separator: UInt8
    let fileName: String

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
        var index = start
        var atFieldStart = true

        func endField() throws {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw SheetsError.invalidUTF8(file: fileName, row: record, column: column)
            }
            row.append(text.isEmpty ? .empty : .text(text.precomposedStringWithCanonicalMapping))
            field.removeAll(keepingCapacity: true)
            column += 1
            atFieldStart = true
        }
        func endRecord() throws {
            try endField()
            while row.last == .empty { row.removeLast() }
            if !row.isEmpty {
                rows.append(row)
                rowNumbers.append(record)
            }
            row.removeAll()
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
