import Foundation
import Testing

@testable import Sheets

/// Issue 12: a CSV file is read in time linear in its size, and refused with a typed error
/// naming the limit when a row, a column or a cell goes beyond it.
@Suite("CSVReader: limits (issue 12)")
struct CSVReaderLimitsTests {
    /// Reads CSV bytes as `dangky.csv`.
    static func read(_ bytes: [UInt8]) throws -> ReadSheet {
        try CSVReader.read(bytes: bytes, fileName: "dangky.csv", sheetName: "dangky").sheets[0]
    }

    @Test("a row of 5 million columns is refused at once, naming the column limit")
    func fiveMillionColumns() throws {
        var bytes = Array("Tên tổ chức\n".utf8)
        bytes.reserveCapacity(10_000_100)
        for _ in 0..<5_000_000 { bytes.append(contentsOf: [0x61, 0x2C]) }
        #expect(
            throws: SheetsError.sheetTooLarge(
                file: "dangky.csv", sheet: "dangky", row: 2,
                reason: .tooManyColumns(limit: CSVReader.maximumColumns))
        ) {
            _ = try Self.read(bytes)
        }
    }

    @Test("a row of millions of empty cells costs nothing and keeps its cells")
    func millionsOfEmptyCells() throws {
        var bytes = Array("a".utf8) + [UInt8](repeating: 0x2C, count: 5_000_000) + Array("\nb\n".utf8)
        bytes.append(contentsOf: Array(",,c\n".utf8))
        let sheet = try Self.read(bytes)
        #expect(sheet.rows == [[.text("a")], [.text("b")], [.empty, .empty, .text("c")]])
    }

    @Test("a 200 KB organisation name in a cell is refused, naming the cell and the limit")
    func longCell() throws {
        let name = "Hợp tác xã " + String(repeating: "Nông nghiệp Tân Hòa ", count: 10_000)
        let bytes = Array("Tên tổ chức;Tỉnh\n\(name);Sơn La\n".utf8)
        #expect(
            throws: SheetsError.invalidCell(
                file: "dangky.csv", sheet: "dangky", row: 2, column: 1,
                reason: .cellTooLong(limit: CSVReader.maximumCellLength))
        ) {
            _ = try Self.read(bytes)
        }
        let longest = String(repeating: "ạ", count: CSVReader.maximumCellLength)
        #expect(try Self.read(Array(longest.utf8)).rows == [[.text(longest)]])
    }

    @Test("a non-empty row past row 1,048,576 is refused")
    func tooManyRows() throws {
        let bytes = [UInt8](repeating: 0x0A, count: CSVReader.maximumRows) + Array("a\n".utf8)
        #expect(
            throws: SheetsError.sheetTooLarge(
                file: "dangky.csv", sheet: "dangky", row: CSVReader.maximumRows + 1,
                reason: .tooManyRows(limit: CSVReader.maximumRows))
        ) {
            _ = try Self.read(bytes)
        }
    }

    @Test("long decomposed text normalises to the NFC text")
    func linearNFC() throws {
        let unit = "Hợp tác xã Nông nghiệp Tân Hòa ".decomposedStringWithCanonicalMapping
        let text = String(repeating: unit, count: 40_000)
        let nfc = text.nfc
        let expected = String(repeating: "Hợp tác xã Nông nghiệp Tân Hòa ", count: 40_000)
        #expect(Array(nfc.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test("a device or a pipe as input is read only up to the file size limit")
    func boundedRead() throws {
        #expect(try CSVReader.read(contentsOf: "/dev/null").sheets[0].rows.isEmpty)
    }
}
