import Foundation
import Sheets
import Testing

/// The XLSX reader on files written by openpyxl, LibreOffice and in Excel's own shape, and on
/// packages built part by part for each rule.
struct XLSXReaderTests {
    private func day(_ year: Int, _ month: Int, _ day: Int) throws -> SheetDate {
        try XLSXTestPackage.day(year, month, day)
    }

    @Test func readsTheFileOpenpyxlWrote() throws {
        let workbook = try XLSXReader.read(contentsOf: try XLSXTestPackage.fixture("openpyxl.xlsx"))
        #expect(workbook.fileName == "openpyxl.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Tổ chức", "Đại biểu"])
        let sheet = workbook.sheets[0]
        #expect(sheet.rowNumbers == [1, 2, 3, 5])
        #expect(sheet.rows[0].count == 8 && sheet.rows[0][1] == .text("Mã số HTX"))
        #expect(
            sheet.rows[1] == [
                .text("Hợp tác xã Nông nghiệp Tân Hòa"), .text("0305100001"), .integer(12), .percentage(0.9),
                .date(try day(2019, 3, 15)),
                .dateTime(try day(2026, 10, 1), hour: 8, minute: 30, second: 0, utcOffsetMinutes: 420),
                .duration(seconds: 13 * 3600 + 45 * 60), .boolean(true),
            ])
        #expect(
            sheet.rows[2] == [
                .text("HTX Chè Suối Giàng"), .text("5300100002"), .integer(9), .percentage(0.125),
                .date(try day(1999, 12, 31)),
                .dateTime(try day(2026, 10, 2), hour: 17, minute: 5, second: 30, utcOffsetMinutes: 420),
                .duration(seconds: 7 * 3600), .boolean(false),
            ])
        #expect(
            sheet.rows[3] == [.text("Liên minh HTX tỉnh Lào Cai"), .empty, .empty, .empty, .decimal(3.25)])
        #expect(
            workbook.sheets[1].rows == [
                [.text("Họ và tên"), .text("Điện thoại")], [.text("Lò Thị Mai"), .text("0912345678")],
            ])
    }

    @Test func readsTheFileLibreOfficeConverted() throws {
        let workbook = try XLSXReader.read(contentsOf: try XLSXTestPackage.fixture("libreoffice.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["Sản phẩm", "Ghi chú"])
        let sheet = workbook.sheets[0]
        #expect(sheet.rowNumbers == [1, 2, 4])
        #expect(
            sheet.rows[1] == [
                .text("Gạo Séng Cù Tân Hòa"), .text("0305100001"), .integer(4), .date(try day(2025, 3, 15)),
                .dateTime(try day(2026, 12, 10), hour: 8, minute: 0, second: 0, utcOffsetMinutes: 420),
                .duration(seconds: 13 * 3600 + 30 * 60), .percentage(0.125), .integer(1),
            ])
        #expect(sheet.rows[2] == [.text("Chè Shan tuyết\nSuối Giàng"), .empty, .empty, .decimal(-2.5)])
        #expect(workbook.sheets[1].rows == [[.text("Dữ liệu thử nghiệm")]])
    }

    @Test func readsAFileInExcelsOwnShape() throws {
        let workbook = try XLSXReader.read(contentsOf: try XLSXTestPackage.fixture("excel.xlsx"))
        // Tab order from workbook.xml, not the part numbers.
        #expect(workbook.sheets.map(\.name) == ["Đại biểu", "Trống"])
        let sheet = workbook.sheets[0]
        #expect(sheet.rowNumbers == [1, 2, 5, 7, 1_048_576])
        #expect(
            sheet.rows[0]
                == ["Họ và tên", "Điện thoại", "Ngày sinh", "Đăng ký lúc", "Ghi chú"].map(CellValue.text))
        // The 1904 date system; a phonetic run left out.
        #expect(
            sheet.rows[1] == [
                .text("Lò Thị Mai"), .text("0912345678"), .date(try day(1997, 1, 1)),
                .dateTime(try day(2027, 1, 2), hour: 18, minute: 0, second: 0, utcOffsetMinutes: 420),
                .text("Trưởng đoàn"),
            ])
        // Cells in reverse order and gaps; a formula's string result, rich-text runs joined, an
        // error as its text, a boolean, a custom date format with a locale.
        #expect(
            sheet.rows[2] == [
                .text("HTX"), .empty, .text("Hợp tác xã Tân Hòa"), .empty, .text("#DIV/0!"), .boolean(true),
                .date(try day(1994, 1, 2)),
            ])
        // Excel's _x000D_ escape; a number stored as text; built-in h:mm and 0.00%; elapsed
        // hours; a currency format with quoted letters is a plain number; spaces kept.
        #expect(
            sheet.rows[3] == [
                .text("Dòng 1\r\nDòng 2"), .text("0912345678"), .duration(seconds: 48_600),
                .percentage(0.125),
                .duration(seconds: 129_600), .integer(150_000), .text("  cách  "),
            ])
        #expect(sheet.rows[4] == [.decimal(-0.25)])
        #expect(workbook.sheets[1].rows.isEmpty)
    }

    @Test func streamsTheSameRowsItReads() throws {
        for name in ["openpyxl.xlsx", "libreoffice.xlsx", "excel.xlsx"] {
            let path = try XLSXTestPackage.fixture(name)
            let workbook = try XLSXReader.read(contentsOf: path)
            var streamed: [ReadRow] = []
            try XLSXReader.forEachRow(contentsOf: path) { streamed.append($0) }
            let expected = workbook.sheets.enumerated().flatMap { index, sheet in
                zip(sheet.rowNumbers, sheet.rows).map {
                    ReadRow(sheetIndex: index, sheetName: sheet.name, rowNumber: $0, cells: $1)
                }
            }
            #expect(streamed == expected, "\(name)")
        }
    }

    @Test func anXLSFileIsRefusedWithHowToSaveIt() throws {
        let path = try WriterTests.temporaryFolder() + "/dang-ky.xls"
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
            .write(to: URL(fileURLWithPath: path))
        #expect(XLSXReader.isLegacyExcelFile(atPath: path))
        #expect(throws: SheetsError.legacyExcelFile(file: "dang-ky.xls")) {
            try XLSXReader.read(contentsOf: path)
        }
    }

    @Test func aPackageWithoutAWorkbookIsRefused() throws {
        let path = try XLSXTestPackage.write([("content.xml", "<x/>")], name: "not-excel.xlsx")
        #expect(throws: SheetsError.missingEntry(file: "not-excel.xlsx", entry: "xl/workbook.xml")) {
            try XLSXReader.read(contentsOf: path)
        }
    }

    @Test func cellsWithoutReferencesFollowThePreviousOne() throws {
        let path = try XLSXTestPackage.workbook(
            sheetData: """
                <row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row>\
                <row/><row><c t="inlineStr"><is><t>a</t></is></c></row><row r="9"><c r="$B$9"><v>2</v></c></row>
                """)
        let sheet = try #require(try XLSXReader.read(contentsOf: path).sheets.first)
        #expect(sheet.rowNumbers == [1, 3, 9])
        #expect(
            sheet.rows == [
                [.integer(1), .empty, .integer(3), .integer(4)], [.text("a")], [.empty, .integer(2)],
            ])
    }

    @Test("a formula saved without its value (as scripts write them) is an error at its cell")
    func formulaWithoutValue() throws {
        let unsaved = try XLSXTestPackage.workbook(
            sheetData: """
                <row r="1"><c r="A1" t="inlineStr"><is><t>Lò Văn Thử</t></is></c></row>\
                <row r="2"><c r="C2"><f>A1</f></c></row>
                """)
        // openpyxl writes the formula with an empty value.
        let emptyValue = try XLSXTestPackage.workbook(
            sheetData: "<row r=\"4\"><c r=\"G4\"><f>G3</f><v></v></c></row>")
        #expect(
            throws: SheetsError.invalidCell(
                file: "test.xlsx", sheet: "Trang", row: 4, column: 7,
                reason: .formulaWithoutValue(formula: "G3"))
        ) { try XLSXReader.read(contentsOf: emptyValue) }
        #expect(
            throws: SheetsError.invalidCell(
                file: "test.xlsx", sheet: "Trang", row: 2, column: 3,
                reason: .formulaWithoutValue(formula: "A1"))
        ) { try XLSXReader.read(contentsOf: unsaved) }
        // With its result saved (as Excel and LibreOffice save it), the result is read; an
        // empty text result is an empty cell.
        let saved = try XLSXTestPackage.workbook(
            sheetData: """
                <row r="1"><c r="A1" t="inlineStr"><is><t>Lò Văn Thử</t></is></c></row>\
                <row r="2"><c r="C2" t="str"><f>A1</f><v>Lò Văn Thử</v></c><c r="D2" t="str"><f>""</f><v></v></c>\
                <c r="E2"><f t="shared" si="0"/><v>4</v></c></row>
                """)
        let sheet = try #require(try XLSXReader.read(contentsOf: saved).sheets.first)
        #expect(sheet.rows.last == [.empty, .empty, .text("Lò Văn Thử"), .empty, .integer(4)])
    }

    @Test func badReferencesAndOutOfRangeSharedStringsAreNamedWithTheirPlace() throws {
        let badReference = try XLSXTestPackage.workbook(
            sheetData: "<row r=\"2\"><c r=\"7C\"><v>1</v></c></row>")
        #expect(
            throws: SheetsError.invalidCell(
                file: "test.xlsx", sheet: "Trang", row: 2, column: 1, reason: .invalidCellReference("7C"))
        ) { try XLSXReader.read(contentsOf: badReference) }
        let pastTheEdge = try XLSXTestPackage.workbook(
            sheetData: "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(throws: SheetsError.self) { try XLSXReader.read(contentsOf: pastTheEdge) }
        let tooFar = try XLSXTestPackage.workbook(sheetData: "<row r=\"1048577\"><c><v>1</v></c></row>")
        #expect(
            throws: SheetsError.sheetTooLarge(
                file: "test.xlsx", sheet: "Trang", row: 1_048_577, reason: .tooManyRows(limit: 1_048_576))
        ) { try XLSXReader.read(contentsOf: tooFar) }
        let missing = try XLSXTestPackage.workbook(
            sheetData: "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>5</v></c></row>", sharedStrings: ["a"])
        #expect(
            throws: SheetsError.invalidCell(
                file: "test.xlsx", sheet: "Trang", row: 3, column: 2, reason: .invalidSharedString("5"))
        ) { try XLSXReader.read(contentsOf: missing) }
        let notANumber = try XLSXTestPackage.workbook(
            sheetData: "<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>")
        #expect(
            throws: SheetsError.invalidCell(
                file: "test.xlsx", sheet: "Trang", row: 1, column: 1, reason: .invalidNumber("abc"))
        ) { try XLSXReader.read(contentsOf: notANumber) }
    }

    @Test func the1900LeapDayBugAndBothDateSystems() throws {
        let styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
        let cells = [1, 59, 60, 61, 0].enumerated().map {
            "<c r=\"\(SheetsMessage.columnLetter($0 + 1))1\" s=\"1\"><v>\($1)</v></c>"
        }
        let windows = try XLSXTestPackage.workbook(
            sheetData: "<row r=\"1\">\(cells.joined())</row>", styles: styles)
        #expect(
            try XLSXReader.read(contentsOf: windows).sheets[0].rows[0] == [
                .date(try day(1900, 1, 1)), .date(try day(1900, 2, 28)), .text("29/02/1900"),
                .date(try day(1900, 3, 1)), .integer(0),
            ])
        let mac = try XLSXTestPackage.workbook(
            sheetData: "<row r=\"1\">\(cells.joined())</row>", styles: styles, date1904: true)
        #expect(
            try XLSXReader.read(contentsOf: mac).sheets[0].rows[0] == [
                .date(try day(1904, 1, 2)), .date(try day(1904, 2, 29)), .date(try day(1904, 3, 1)),
                .date(try day(1904, 3, 2)), .date(try day(1904, 1, 1)),
            ])
    }

    @Test func theReaderReadsBackWhatTheWriterWrote() throws {
        for workbook in [
            WriterTests.sampleWorkbook(), ColumnNoteTests.workbook(), XLSXWriterTests.everyKind(),
        ] {
            let folder = try WriterTests.temporaryFolder()
            try XLSXWriter.write(workbook, to: folder + "/a.xlsx")
            try ODSWriter.write(workbook, to: folder + "/a.ods")
            let fromXLSX = try XLSXReader.read(contentsOf: folder + "/a.xlsx")
            let fromODS = try ODSReader.read(contentsOf: folder + "/a.ods")
            #expect(fromXLSX.sheets == fromODS.sheets)
            try FileManager.default.removeItem(atPath: folder)
        }
    }

    @Test func streams50000RowsBackInOrder() throws {
        let folder = try WriterTests.temporaryFolder()
        let path = folder + "/large.xlsx"
        try XLSXWriter.write(WriterTests.largeWorkbook(rows: 50_000), to: path)
        #expect(try WriterTests.contents(of: folder) == ["large.xlsx"])
        var count = 0
        var mismatches = 0
        try XLSXReader.forEachRow(contentsOf: path) { row in
            if row.rowNumber > 2 {
                count += 1
                if row.cells != [.integer(count), .text("Dòng \(count)"), .date(WriterTests.day)] {
                    mismatches += 1
                }
            }
        }
        #expect(count == 50_000 && mismatches == 0)
        try FileManager.default.removeItem(atPath: folder)
    }
}
