import Foundation
import Testing

@testable import Sheets

/// Reads CSV bytes as if from `name`.
private func read(_ bytes: [UInt8], name: String = "dangky.csv", delimiter: Character? = nil) throws
    -> ReadSheet
{
    let workbook = try CSVReader.read(bytes: bytes, fileName: name, sheetName: "dangky", delimiter: delimiter)
    return workbook.sheets[0]
}

private func read(_ text: String, delimiter: Character? = nil) throws -> ReadSheet {
    try read(Array(text.utf8), delimiter: delimiter)
}

@Suite struct CSVReaderTests {
    @Test func readsCommaSeparatedWithBOMAndCRLF() throws {
        let sheet = try read([0xEF, 0xBB, 0xBF] + Array("Họ tên,Số\r\nAn,1\r\n".utf8))
        #expect(sheet.rows == [[.text("Họ tên"), .text("Số")], [.text("An"), .text("1")]])
        #expect(sheet.rowNumbers == [1, 2])
    }

    @Test func readsQuotesDoubledQuotesAndNewlines() throws {
        let sheet = try read("a,\"b, \"\"c\"\"\",\"dòng 1\ndòng 2\"\n\"\",x\n")
        #expect(
            sheet.rows == [[.text("a"), .text("b, \"c\""), .text("dòng 1\ndòng 2")], [.empty, .text("x")]])
    }

    @Test func readsCROnlyAndDropsEmptyRowsAndTrailingCells() throws {
        let sheet = try read("a,b,,\r\r,,\rc")
        #expect(sheet.rows == [[.text("a"), .text("b")], [.text("c")]])
        #expect(sheet.rowNumbers == [1, 4])
    }

    @Test func sniffsDelimiter() throws {
        #expect(
            try read("a;b;c\n1;2,5;3\n").rows == [
                [.text("a"), .text("b"), .text("c")], [.text("1"), .text("2,5"), .text("3")],
            ])
        #expect(try read("a\tb\n1\t2\n").rows[1] == [.text("1"), .text("2")])
        #expect(try read("\"x;y\",b\n1,2\n").rows[0] == [.text("x;y"), .text("b")])
        #expect(try read("only\n").rows == [[.text("only")]])
        #expect(try read("a;b\n", delimiter: ",").rows == [[.text("a;b")]])
    }

    @Test func normalisesToNFC() throws {
        let nfd = "Nguyễn".decomposedStringWithCanonicalMapping
        let sheet = try read(nfd)
        guard case .text(let text) = sheet.rows[0][0] else {
            Issue.record("not text")
            return
        }
        #expect(
            Array(text.unicodeScalars) == Array("Nguyễn".precomposedStringWithCanonicalMapping.unicodeScalars)
        )
    }

    @Test func refusesInvalidUTF8WithPlace() throws {
        #expect(throws: SheetsError.invalidUTF8(file: "dangky.csv", row: 2, column: 2)) {
            _ = try read(Array("a,b\nc,".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        }
        #expect(
            SheetsError.invalidUTF8(file: "dangky.csv", row: 2, column: 2).message
                == .invalidUTF8(file: "dangky.csv", row: 2, column: 2))
    }

    @Test("UTF-16 with a byte-order mark, either order, reads as UTF-8; a lone surrogate names its line")
    func readsUTF16() throws {
        let text = "Tên\tTỉnh\nHợp tác xã Tân Hòa\tSơn La\n"
        let little = [UInt8]([0xFF, 0xFE]) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = [UInt8]([0xFE, 0xFF]) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let expected = try read(Array(text.utf8)).rows
        #expect(try read(little).rows == expected)
        #expect(try read(big).rows == expected)
        #expect(expected[1].count == 2)
        let broken = little + [0x0A, 0x00] + [0x00, 0xD8] + [0x41, 0x00]
        #expect(throws: SheetsError.invalidUTF16(file: "dangky.csv", row: 4)) { _ = try read(broken) }
        #expect(throws: SheetsError.invalidUTF16(file: "dangky.csv", row: 3)) {
            _ = try read(little + [0x41])
        }
    }

    @Test func refusesUnterminatedQuote() throws {
        #expect(throws: SheetsError.unterminatedQuote(file: "dangky.csv", row: 2, column: 3)) {
            _ = try read("a\nb,c,\"d\ne,f\n")
        }
    }

    @Test func refusesNonASCIIDelimiter() throws {
        #expect(throws: SheetsError.unsupportedDelimiter(file: "dangky.csv", delimiter: "§")) {
            _ = try read("a", delimiter: "§")
        }
    }

    @Test func readsFileAndNamesSheet() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("dangky.csv")
        try Data("x;y\n".utf8).write(to: url)
        let workbook = try CSVReader.read(contentsOf: url.path)
        #expect(workbook.fileName == "dangky.csv")
        #expect(workbook.sheets.map(\.name) == ["dangky"])
        #expect(workbook.sheets[0].rows == [[.text("x"), .text("y")]])
        #expect {
            _ = try CSVReader.read(contentsOf: directory.appendingPathComponent("missing.csv").path)
        } throws: { error in
            guard case SheetsError.io(let file, _) = error else { return false }
            return file == "missing.csv"
        }
    }
}
