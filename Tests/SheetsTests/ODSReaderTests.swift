import Foundation
import Testing

@testable import Sheets

/// The path of a fixture in `Fixtures/read/`.
private func fixture(_ name: String) throws -> String {
    let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return base.appendingPathComponent("read").appendingPathComponent(name).path
}

/// Whether a text cell holds exactly these Unicode scalars (`==` on strings ignores NFC vs NFD).
private func isNFC(_ value: CellValue, _ expected: String) -> Bool {
    guard case .text(let text) = value else { return false }
    return Array(text.unicodeScalars) == Array(expected.precomposedStringWithCanonicalMapping.unicodeScalars)
}

@Suite struct ODSReaderTests {
    /// Checks the workbook made from `sample.fods` / `sample.ods`.
    private func checkSample(_ workbook: ReadWorkbook) throws {
        #expect(workbook.sheets.map(\.name) == ["Tổ chức", "Trống"])
        let nameScalars = Array(workbook.sheets[0].name.unicodeScalars)
        #expect(nameScalars == Array("Tổ chức".precomposedStringWithCanonicalMapping.unicodeScalars))
        let sheet = try #require(workbook.sheet(named: "Tổ chức"))
        #expect(sheet.rowNumbers == [1, 4, 5, 6, 7, 8, 9])
        #expect(sheet.rows.count == 7)
        #expect(sheet.rows[0].count == 2)
        #expect(isNFC(sheet.rows[0][0], "Họ và tên"))
        #expect(isNFC(sheet.rows[1][0], "Nguyễn Văn Ánh"))
        #expect(sheet.rows[1].dropFirst() == [.integer(42), .decimal(3.25), .decimal(1e20)])
        #expect(isNFC(sheet.rows[2][0], "Dòng một\nDòng hai"))
        #expect(sheet.rows[2][1] == .empty)
        #expect(isNFC(sheet.rows[2][2], "a   b\tc\nd liên kết"))
        #expect(sheet.rows[2].count == 3)
        for index in 3...5 {
            #expect(sheet.rows[index].count == 3)
            #expect(isNFC(sheet.rows[index][0], "lặp"))
            #expect(sheet.rows[index][1...] == [.empty, .boolean(true)])
        }
        let date = try #require(SheetDate(year: 2026, month: 12, day: 16))
        #expect(
            sheet.rows[6] == [
                .date(date), .dateTime(date, hour: 8, minute: 30, second: 15, utcOffsetMinutes: 420),
                .duration(seconds: 5400), .percentage(0.9), .decimal(150_000), .boolean(false),
            ])
        #expect(workbook.sheets[1].rows.isEmpty)
        #expect(sheet.cell(row: 0, column: 1) == .text("Số"))
        #expect(sheet.cell(row: 0, column: 500) == .empty)
    }

    @Test func readsFlatDocument() throws {
        let workbook = try FODSReader.read(contentsOf: try fixture("sample.fods"))
        #expect(workbook.fileName == "sample.fods")
        try checkSample(workbook)
    }

    @Test func readsFlatDocumentFromBytes() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: try fixture("sample.fods")))
        try checkSample(try FODSReader.read(data: data, fileName: "sample.fods"))
    }

    @Test func readsPackagedDocument() throws {
        let workbook = try ODSReader.read(contentsOf: try fixture("sample.ods"))
        #expect(workbook.fileName == "sample.ods")
        try checkSample(workbook)
    }

    @Test func reportsInvalidCellWithPlace() throws {
        let xml = """
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet>\
            <table:table table:name="Tổ chức"><table:table-row table:number-rows-repeated="6"/>\
            <table:table-row><table:table-cell table:number-columns-repeated="2"/>\
            <table:table-cell office:value-type="float" office:value="abc"/></table:table-row>\
            </table:table></office:spreadsheet></office:body></office:document>
            """
        let expected = SheetsError.invalidCell(
            file: "dangky.fods", sheet: "Tổ chức", row: 7, column: 3,
            reason: .invalidNumber("abc"))
        #expect(throws: expected) {
            _ = try FODSReader.read(data: Array(xml.utf8), fileName: "dangky.fods")
        }
        #expect(
            expected.message
                == .invalidCell(
                    file: "dangky.fods", sheet: "Tổ chức", row: 7, column: 3, reason: .invalidNumber("abc")))
        #expect(expected.description == expected.message.vietnamese)
    }

    @Test("a formula saved without its value is an error at its cell, not an empty cell")
    func formulaWithoutValue() throws {
        func document(_ cell: String) -> [UInt8] {
            Array(
                """
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>\
                <table:table table:name="Người tham dự"><table:table-row><table:table-cell/>\
                <table:table-cell office:value-type="string"><text:p>Lò Văn Thử</text:p></table:table-cell>\
                </table:table-row><table:table-row><table:table-cell/>\(cell)</table:table-row>\
                </table:table></office:spreadsheet></office:body></office:document>
                """.utf8)
        }
        #expect(
            throws: SheetsError.invalidCell(
                file: "dangky.fods", sheet: "Người tham dự", row: 2, column: 2,
                reason: .formulaWithoutValue(formula: "[.B1]"))
        ) {
            _ = try FODSReader.read(
                data: document("<table:table-cell table:formula=\"of:=[.B1]\"/>"), fileName: "dangky.fods")
        }
        // With its value saved (as LibreOffice saves it), the value is read.
        let saved = try FODSReader.read(
            data: document(
                "<table:table-cell table:formula=\"of:=[.B1]\" office:value-type=\"string\" "
                    + "office:string-value=\"Lò Văn Thử\"><text:p>Lò Văn Thử</text:p></table:table-cell>"),
            fileName: "dangky.fods")
        #expect(saved.sheets.first?.rows.last == [.empty, .text("Lò Văn Thử")])
        let message = SheetsMessage.formulaWithoutValue(formula: "B1")
        #expect(message.vietnamese.contains("«=B1»") && message.vietnamese.contains("lưu lại"))
    }

    @Test func reportsMalformedXML() throws {
        #expect {
            _ = try FODSReader.read(data: Array("<a><b></a>".utf8), fileName: "hỏng.fods")
        } throws: { error in
            guard case SheetsError.malformedXML(let file, let line, _) = error else { return false }
            return file == "hỏng.fods" && line == 1
        }
    }

    @Test func refusesOtherDocumentTypes() throws {
        #expect {
            _ = try ODSReader.read(contentsOf: try fixture("slides.ods"))
        } throws: { error in
            guard case SheetsError.notASpreadsheet(let file, let mimeType) = error else { return false }
            return file == "slides.ods" && mimeType.hasSuffix("presentation")
        }
        #expect(throws: SheetsError.missingEntry(file: "no-content.ods", entry: "content.xml")) {
            _ = try ODSReader.read(contentsOf: try fixture("no-content.ods"))
        }
    }

    /// A flat document with one sheet `S` whose body is `rows`.
    private func flat(_ rows: String) -> [UInt8] {
        let xml = """
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>\
            <table:table table:name="S">\(rows)</table:table></office:spreadsheet></office:body></office:document>
            """
        return Array(xml.utf8)
    }

    @Test func boundsExpansion() throws {
        let wide = flat(
            "<table:table-row><table:table-cell table:number-columns-repeated=\"20000\"/>"
                + "<table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>")
        #expect(
            throws: SheetsError.sheetTooLarge(
                file: "x.fods", sheet: "S", row: 1, reason: .tooManyColumns(limit: 16384))
        ) {
            _ = try FODSReader.read(data: wide, fileName: "x.fods")
        }
        let tall = flat(
            "<table:table-row table:number-rows-repeated=\"1000000\">"
                + "<table:table-cell table:number-columns-repeated=\"100\" office:value-type=\"float\" "
                + "office:value=\"1\"/></table:table-row>")
        #expect {
            _ = try FODSReader.read(data: tall, fileName: "x.fods")
        } throws: { error in
            guard case SheetsError.sheetTooLarge(_, "S", let row, .tooManyCells) = error else { return false }
            return row == 200_001
        }
        let unstyledText = flat(
            "<table:table-row><table:table-cell><text:p>  plain   text </text:p></table:table-cell>"
                + "</table:table-row>")
        #expect(
            try FODSReader.read(data: unstyledText, fileName: "x.fods").sheets[0].rows == [
                [.text("plain text ")]
            ])
    }

    @Test func parsesValues() {
        let date = SheetDate(year: 2026, month: 1, day: 2)
        #expect(ODFTableReader.dateValue("2026-01-02") == date.map { .date($0) })
        #expect(ODFTableReader.dateValue("2026-02-30") == nil)
        #expect(
            ODFTableReader.dateValue("2026-01-02T23:59:59.75Z")
                == date.map { .dateTime($0, hour: 23, minute: 59, second: 59, utcOffsetMinutes: 0) })
        #expect(
            ODFTableReader.dateValue("2026-01-02T07:00:00-05:30")
                == date.map { .dateTime($0, hour: 7, minute: 0, second: 0, utcOffsetMinutes: -330) })
        #expect(ODFTableReader.durationSeconds("PT1H30M0S") == 5400)
        #expect(ODFTableReader.durationSeconds("PT12H00M00.6S") == 43_201)
        #expect(ODFTableReader.durationSeconds("P1DT2H") == 93_600)
        #expect(ODFTableReader.durationSeconds("-PT1M") == -60)
        #expect(ODFTableReader.durationSeconds("PT") == nil)
        #expect(ODFTableReader.durationSeconds("1H") == nil)
    }
}
