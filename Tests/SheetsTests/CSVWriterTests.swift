import Foundation
import TestSupport
import Testing

@testable import Sheets

/// The CSV writer: RFC 4180 quoting, BOM, CRLF, formula neutralisation, delimiter, dates.
struct CSVWriterTests {
    private func text(_ writer: CSVWriter, _ sheet: Sheet) throws -> String {
        String(decoding: try writer.bytes(sheet), as: UTF8.self)
    }

    private func sheet(_ rows: [[CellValue]], title: String? = nil) -> Sheet {
        Sheet(name: "S", columns: [Column("Tên"), Column("Giá trị")], title: title, rows: rows)
    }

    @Test func writesBOMHeaderAndCRLF() throws {
        let bytes = try CSVWriter().bytes(sheet([[.text("a"), .integer(1)]]))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "Tên,Giá trị\r\na,1\r\n")
        let noBOM = CSVWriter(options: .init(byteOrderMark: false, includeHeader: false))
        #expect(try text(noBOM, sheet([[.text("a"), .integer(1)]])) == "a,1\r\n")
    }

    @Test func quotesFieldsWithDelimiterQuoteOrLineBreak() {
        let writer = CSVWriter()
        #expect(writer.field(.text("a,b")) == "\"a,b\"")
        #expect(writer.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(writer.field(.text("Dòng 1\nDòng 2")) == "\"Dòng 1\nDòng 2\"")
        #expect(writer.field(.text("a\rb")) == "\"a\rb\"")
        #expect(writer.field(.text("a;b")) == "a;b")
        #expect(writer.field(.text("Hợp tác xã   Tân Hòa")) == "Hợp tác xã   Tân Hòa")
    }

    @Test func neutralisesFormulaLikeTextButNotNumbers() {
        let writer = CSVWriter()
        #expect(writer.field(.text("=SUM(A1:A2)")) == "'=SUM(A1:A2)")
        #expect(writer.field(.text("+84 912 345 678")) == "'+84 912 345 678")
        #expect(writer.field(.text("-1")) == "'-1")
        #expect(writer.field(.text("@cmd")) == "'@cmd")
        #expect(writer.field(.text("\tx")) == "'\tx")
        #expect(writer.field(.text("\rx")) == "\"'\rx\"")
        #expect(writer.field(.text("=a,b")) == "\"'=a,b\"")
        #expect(writer.field(.text("a=b")) == "a=b")
        #expect(writer.field(.integer(-5)) == "-5")
        #expect(writer.field(.decimal(-2.5)) == "-2.5")
    }

    @Test func semicolonDelimiterForVietnameseExcel() throws {
        let writer = CSVWriter(options: .init(delimiter: ";", byteOrderMark: false))
        let output = try text(writer, sheet([[.text("a;b"), .decimal(1.5)], [.text("c,d"), .empty]]))
        #expect(output == "Tên;Giá trị\r\n\"a;b\";1.5\r\nc,d;\r\n")
    }

    @Test func formatsDatesTimesAndOtherTypes() {
        let day = WriterTests.day
        let vietnamese = CSVWriter()
        let iso = CSVWriter(options: .init(dateFormat: .iso8601))
        #expect(vietnamese.field(.date(day)) == "16/12/2026")
        #expect(iso.field(.date(day)) == "2026-12-16")
        let time = CellValue.dateTime(day, hour: 8, minute: 5, second: 9, utcOffsetMinutes: 420)
        #expect(vietnamese.field(time) == "16/12/2026 08:05:09")
        #expect(iso.field(time) == "2026-12-16T08:05:09")
        // Times on the minute show hh:mm, as the workbooks show them (QA 41 #12).
        #expect(vietnamese.field(.duration(seconds: 5400)) == "01:30")
        #expect(vietnamese.field(.duration(seconds: 5409)) == "01:30:09")
        let onTheMinute = CellValue.dateTime(day, hour: 8, minute: 0, second: 0, utcOffsetMinutes: 420)
        #expect(vietnamese.field(onTheMinute) == "16/12/2026 08:00")
        #expect(iso.field(onTheMinute) == "2026-12-16T08:00")
        #expect(vietnamese.field(.percentage(0.9)) == "90%")
        // 0.07 × 100 is 7.000000000000001 in binary floating point.
        #expect(vietnamese.field(.percentage(0.07)) == "7%")
        #expect(vietnamese.field(.percentage(0.14)) == "14%")
        #expect(vietnamese.field(.percentage(0.125)) == "12.5%")
        #expect(CellValue.isWholePercent(0.07) && CellValue.isWholePercent(0.72))
        #expect(!CellValue.isWholePercent(0.125))
        #expect(vietnamese.field(.boolean(true)) == "TRUE")
        #expect(vietnamese.field(.empty) == "")
    }

    @Test func writesTheTitleRowWhenAsked() throws {
        let writer = CSVWriter(options: .init(byteOrderMark: false, includeTitle: true))
        #expect(try text(writer, sheet([], title: "Danh sách")) == "Danh sách\r\nTên,Giá trị\r\n")
    }

    @Test func writesAFileAtomicallyAndMatchesTheGoldenFiles() throws {
        let folder = try WriterTests.temporaryFolder()
        let sheet = WriterTests.sampleWorkbook().sheets[0]
        try CSVWriter().write(sheet, to: folder + "/sample.csv")
        try CSVWriter(options: .init(delimiter: ";", dateFormat: .iso8601, includeTitle: true))
            .write(sheet, to: folder + "/sample-semicolon.csv")
        #expect(try WriterTests.contents(of: folder) == ["sample-semicolon.csv", "sample.csv"])
        for name in ["sample.csv", "sample-semicolon.csv"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            Golden.assertMatches(data, named: name)
        }
        #expect(throws: SheetsError.self) { try CSVWriter().write(sheet, to: "/nonexistent-fairplan/x.csv") }
    }

    @Test func streams50000Rows() throws {
        let folder = try WriterTests.temporaryFolder()
        try CSVWriter().write(WriterTests.largeWorkbook(rows: 50_000).sheets[0], to: folder + "/large.csv")
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/large.csv"))
        #expect(data.filter { $0 == 10 }.count == 50_001)
        try FileManager.default.removeItem(atPath: folder)
    }

    @Test func recordsMatchTheFieldsJoinedForEveryCellAndOption() {
        let rows =
            WriterTests.sampleRows + [
                [.text("=SUM(A1)"), .text("-5"), .text("@x"), .text("\tt"), .text("a;b"), .text("")],
                [.date(SheetDate(year: 33, month: 1, day: 2)!), .integer(Int.min), .text("Tết 🎉")],
            ]
        let options: [CSVWriter.Options] = [
            .init(), .init(delimiter: ";"), .init(delimiter: "\t", dateFormat: .iso8601),
            .init(delimiter: "é"),
        ]
        for option in options {
            let writer = CSVWriter(options: option)
            for row in rows {
                let joined = row.map { writer.field($0) }.joined(separator: String(option.delimiter)) + "\r\n"
                #expect(writer.record(row) == Array(joined.utf8), "\(row)")
            }
        }
    }
}
