import Foundation
import LibXML
import Sheets
import TestSupport
import Testing

/// The XLSX writer: package layout, sheet names, determinism, cells, formats and views as Excel
/// stores them.
struct XLSXWriterTests {
    /// A day of the tests.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> SheetDate {
        SheetDate(year: year, month: month, day: day) ?? WriterTests.day
    }

    /// A workbook of three sheets exercising every cell kind, widths, text columns, notes, a
    /// title, a frozen header, an autofilter, an empty row, Vietnamese text (one name typed in
    /// NFD), line breaks, spaces at both ends and the first day LibreOffice and Excel number alike
    /// (1 March 1900: LibreOffice does not keep Excel's phantom 29 February 1900, so it reads
    /// serials 1–60 one day earlier).
    static func everyKind() -> Workbook {
        let people = Sheet(
            name: "Đại biểu",
            columns: [
                Column("STT", widthCentimetres: 1.5), Column("Họ và tên", widthCentimetres: 5),
                Column(
                    "Mã số HTX", widthCentimetres: 3.5, note: "Mười chữ số; giữ số 0 ở đầu.", isText: true),
                Column("Điện thoại", widthCentimetres: 3.5, isText: true),
                Column("Ngày sinh", widthCentimetres: 2.5), Column("Giờ đến", widthCentimetres: 2),
                Column("Đăng ký lúc", widthCentimetres: 4), Column("Tỷ lệ"), Column("Số tiền"),
                Column("Xác nhận", note: "Đúng/Sai"),
            ],
            title: "Danh sách đại biểu", autoFilter: true,
            rows: [
                [
                    .integer(1), .text("Lò Thị Mai"), .text("0305100001"), .text("0912345678"),
                    .date(day(1985, 7, 20)), .duration(seconds: 8 * 3600),
                    .dateTime(day(2026, 12, 10), hour: 8, minute: 30, second: 0, utcOffsetMinutes: 420),
                    .percentage(0.9), .decimal(1234.5), .boolean(true),
                ],
                [
                    .integer(2), .text("Nguyễn Văn Ánh"), .text("5300100002"), .text("0203123456"),
                    .date(day(1999, 12, 31)), .duration(seconds: 13 * 3600 + 45 * 60 + 30),
                    .dateTime(day(2026, 12, 11), hour: 17, minute: 5, second: 30, utcOffsetMinutes: 420),
                    .percentage(0.125), .decimal(-0.25), .boolean(false),
                ],
                [
                    .integer(3), .text("Đặng Thị Ho\u{0300}a"), .empty, .empty, .empty,
                    .duration(seconds: 25 * 3600), .empty, .empty, .integer(-7),
                ],
                [],
                [
                    .integer(5), .text("Dòng 1\nDòng 2"), .text("  hai đầu  "), .empty,
                    .date(day(1900, 3, 1)),
                    .empty, .empty, .empty, .decimal(1e-7), .empty,
                ],
            ])
        let summary = Sheet(
            name: "Tóm tắt", columns: [Column("Tỉnh/TP", widthCentimetres: 4), Column("Số đơn vị")],
            freezeHeader: false,
            rows: [[.text("Lào Cai"), .integer(2)], [.text("Thành phố Hồ Chí Minh"), .integer(1)]])
        let programme = Sheet(
            name: "Chương trình",
            columns: [
                Column("Phiên", widthCentimetres: 6), Column("Ngày"), Column("Bắt đầu"), Column("Kết thúc"),
            ],
            rows: [
                [
                    .text("Khai mạc"), .date(day(2026, 12, 10)), .duration(seconds: 8 * 3600),
                    .duration(seconds: 8 * 3600 + 1800),
                ],
                [
                    .text("Bế mạc"), .date(day(2026, 12, 13)), .duration(seconds: 16 * 3600),
                    .duration(seconds: 17 * 3600),
                ],
            ])
        return Workbook(
            sheets: [people, summary, programme],
            metadata: WorkbookMetadata(
                title: "Hội chợ OCOP", generator: "FairPlan/test", created: WriterTests.created))
    }

    private func write(_ workbook: Workbook = everyKind()) throws -> String {
        let path = try WriterTests.temporaryFolder() + "/every-kind.xlsx"
        try XLSXWriter.write(workbook, to: path)
        return path
    }

    private func parts(_ path: String) throws -> [String: String] {
        try WriterTests.zipEntries(try Data(contentsOf: URL(fileURLWithPath: path))).mapValues {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test func packageHoldsEveryPartExcelNeeds() throws {
        let parts = try parts(try write())
        #expect(
            parts.keys.sorted() == [
                "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                "xl/_rels/workbook.xml.rels", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml",
                "xl/styles.xml",
                "xl/workbook.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
            ])
        let types = try #require(parts["[Content_Types].xml"])
        for part in ["/xl/workbook.xml", "/xl/worksheets/sheet3.xml", "/xl/comments1.xml", "/xl/styles.xml"] {
            #expect(types.contains("PartName=\"\(part)\""), "\(part)")
        }
        #expect(!types.contains("/xl/comments2.xml"))
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains("<sheet name=\"Đại biểu\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(workbook.contains("<sheet name=\"Chương trình\" sheetId=\"3\" r:id=\"rId3\"/>"))
        #expect(
            workbook.contains(
                "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'Đại biểu'!$A$2:$J$7</definedName>"
            ))
        #expect(try #require(parts["docProps/core.xml"]).contains("<dc:title>Hội chợ OCOP</dc:title>"))
        #expect(try #require(parts["docProps/app.xml"]).contains("<Application>FairPlan/test</Application>"))
    }

    @Test("a whole share in percent keeps the whole-percent format despite binary noise (0.07 × 100)")
    func wholePercentagesKeepTheirFormat() throws {
        let workbook = Workbook(
            sheets: [
                Sheet(
                    name: "Tổng hợp", columns: [Column("Tỷ lệ")],
                    rows: [
                        [.percentage(0.07)], [.percentage(0.14)], [.percentage(0.72)], [.percentage(0.125)],
                    ])
            ],
            metadata: WorkbookMetadata(created: WriterTests.created))
        let sheet = try #require(try parts(try write(workbook))["xl/worksheets/sheet1.xml"])
        for (row, value) in [(2, "0.07"), (3, "0.14"), (4, "0.72")] {
            #expect(sheet.contains("<c r=\"A\(row)\" s=\"9\"><v>\(value)</v></c>"), "A\(row)")
        }
        #expect(sheet.contains("<c r=\"A5\" s=\"10\"><v>0.125</v></c>"))
    }

    @Test func cellsFormatsAndViewsAreWrittenAsExcelStoresThem() throws {
        let sheet = try #require(try parts(try write())["xl/worksheets/sheet1.xml"])
        let expected = [
            "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>",
            "<col min=\"1\" max=\"1\" width=\"8.0977\" customWidth=\"1\"/>",
            "<col min=\"3\" max=\"4\" width=\"18.8984\" style=\"11\" customWidth=\"1\"/>",
            "<c r=\"A1\" s=\"2\" t=\"inlineStr\"><is><t>Danh sách đại biểu</t></is></c>",
            "<c r=\"B2\" s=\"1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c>",
            "<c r=\"C3\" s=\"11\" t=\"inlineStr\"><is><t>0305100001</t></is></c>",
            "<c r=\"E3\" s=\"3\"><v>31248</v></c>", "<c r=\"F3\" s=\"6\"><v>0.3333333333333333</v></c>",
            "<c r=\"G3\" s=\"4\"><v>46366.354166666664</v></c>", "<c r=\"H3\" s=\"9\"><v>0.9</v></c>",
            "<c r=\"J3\" t=\"b\"><v>1</v></c>", "<c r=\"F4\" s=\"7\">", "<c r=\"G4\" s=\"5\">",
            "<c r=\"H4\" s=\"10\"><v>0.125</v></c>", "<c r=\"F5\" s=\"8\"><v>1.0416666666666667</v></c>",
            "<c r=\"B5\" t=\"inlineStr\"><is><t>Đặng Thị Hòa</t></is></c>",
            "<row r=\"7\"><c r=\"A7\"><v>5</v></c><c r=\"B7\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Dòng 1\nDòng 2</t></is></c>",
            "<c r=\"C7\" s=\"11\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  hai đầu  </t></is></c>",
            "<c r=\"E7\" s=\"3\"><v>61</v></c>",
            "<autoFilter ref=\"A2:J7\"/>", "<mergeCells count=\"1\"><mergeCell ref=\"A1:J1\"/></mergeCells>",
            "<legacyDrawing r:id=\"rId2\"/>",
        ]
        for fragment in expected {
            #expect(sheet.contains(fragment), "\(fragment)")
        }
        #expect(!sheet.contains("<row r=\"6\""))
    }

    @Test func notesAreCommentsOnTheHeaderCells() throws {
        let parts = try parts(try write())
        let comments = try #require(parts["xl/comments1.xml"])
        #expect(
            comments.contains(
                "<comment ref=\"C2\" authorId=\"0\"><text><t>Mười chữ số; giữ số 0 ở đầu.</t></text></comment>"
            ))
        #expect(comments.contains("<comment ref=\"J2\" authorId=\"0\">"))
        let drawing = try #require(parts["xl/drawings/vmlDrawing1.vml"])
        #expect(drawing.components(separatedBy: "<x:ClientData ObjectType=\"Note\">").count == 3)
        #expect(drawing.contains("<x:Row>1</x:Row><x:Column>2</x:Column>"))
    }

    @Test func sheetNamesExcelRefusesStopTheWriteBeforeAnyFile() throws {
        let cases: [(String, SheetsMessage)] = [
            ("", .sheetNameEmpty),
            (String(repeating: "Đ", count: 32), .sheetNameTooLong(limit: 31)),
            ("Tỉnh/TP", .sheetNameForbiddenCharacter("/")),
            ("Hỏi?", .sheetNameForbiddenCharacter("?")),
            ("'Trích'", .sheetNameApostropheAtEdge),
        ]
        for (name, reason) in cases {
            let folder = try WriterTests.temporaryFolder()
            let workbook = Workbook(
                sheets: [Sheet(name: name, columns: [Column("A")], rows: [])],
                metadata: WorkbookMetadata(created: WriterTests.created))
            #expect(
                throws: SheetsError.invalidSheetName(file: folder + "/x.xlsx", sheet: name, reason: reason)
            ) {
                try XLSXWriter.write(workbook, to: folder + "/x.xlsx")
            }
            #expect(try WriterTests.contents(of: folder) == [])
        }
        let repeated = Workbook(
            sheets: [
                Sheet(name: "Đại biểu", columns: [], rows: []),
                Sheet(name: "ĐẠI BIỂU", columns: [], rows: []),
            ], metadata: WorkbookMetadata(created: WriterTests.created))
        #expect(
            throws: SheetsError.invalidSheetName(
                file: "x.xlsx", sheet: "ĐẠI BIỂU", reason: .sheetNameRepeated)
        ) { try XLSXWriter.write(repeated, to: "x.xlsx") }
        #expect(XLSXSheetNamesProbe.accepts(String(repeating: "Đ", count: 31)))
    }

    @Test func outputIsDeterministic() throws {
        let first = try Data(contentsOf: URL(fileURLWithPath: try write()))
        let second = try Data(contentsOf: URL(fileURLWithPath: try write()))
        #expect(first == second)
    }

    @Test func streamsToASinkTheSameBytes() throws {
        var streamed: [UInt8] = []
        try XLSXWriter.write(Self.everyKind()) { streamed.append(contentsOf: $0) }
        #expect(Data(streamed) == (try Data(contentsOf: URL(fileURLWithPath: try write()))))
    }

    @Test func textThatLooksLikeAnExcelEscapeIsKept() throws {
        let workbook = Workbook(
            sheets: [
                Sheet(name: "A", columns: [Column("x")], rows: [[.text("mã_x0041_B")], [.text("a\u{1}b")]])
            ],
            metadata: WorkbookMetadata(created: WriterTests.created))
        let path = try write(workbook)
        #expect(try parts(path)["xl/worksheets/sheet1.xml"]?.contains("mã_x005F_x0041_B") == true)
        #expect(
            try XLSXReader.read(contentsOf: path).sheets[0].rows == [
                [.text("x")], [.text("mã_x0041_B")], [.text("a\u{FFFD}b")],
            ])
    }

    @Test func daysBefore1900AreWrittenAsText() throws {
        let workbook = Workbook(
            sheets: [Sheet(name: "A", columns: [Column("x")], rows: [[.date(Self.day(1890, 5, 19))]])],
            metadata: WorkbookMetadata(created: WriterTests.created))
        #expect(
            try XLSXReader.read(contentsOf: try write(workbook)).sheets[0].rows[1] == [.text("19/05/1890")])
    }

    @Test func unwritableDestinationThrowsAndLeavesNothing() {
        #expect(throws: SheetsError.self) {
            try XLSXWriter.write(Self.everyKind(), to: "/nonexistent-folder-fairplan/x.xlsx")
        }
    }
}

/// Sheet names at the limit are accepted (31 characters, Vietnamese letters).
enum XLSXSheetNamesProbe {
    /// Whether a one-sheet workbook named `name` is written.
    static func accepts(_ name: String) -> Bool {
        guard let folder = try? WriterTests.temporaryFolder() else { return false }
        let workbook = Workbook(
            sheets: [Sheet(name: name, columns: [Column("A")], rows: [])],
            metadata: WorkbookMetadata(created: WriterTests.created))
        return (try? XLSXWriter.write(workbook, to: folder + "/ok.xlsx")) != nil
    }
}
