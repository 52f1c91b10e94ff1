import Foundation
import LibXML
import Sheets
import TestSupport
import Testing

/// Drop-down lists, column formats and print settings in ODS, FODS and XLSX: schema-valid ODF,
/// what openpyxl reads, what LibreOffice makes of them (issue 14).
@Suite(.serialized) struct PrintAndValidationTests {
    /// A reference sheet of provinces and a data sheet with a drop-down from it (information
    /// style), one written in full (stop), a text and a date column, printed landscape on A4,
    /// fitted to the width, header rows repeated, header and footer with page fields.
    static func workbook() -> Workbook {
        let provinces = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh"]
        let reference = Sheet(
            name: "Danh mục", columns: [Column("Tỉnh/TP", widthCentimetres: 4)], title: "Danh mục",
            rows: provinces.map { [.text($0)] })
        let province = CellValidation(
            .range(sheet: "Danh mục", column: 0, rows: 3...(2 + provinces.count)), style: .information,
            title: "Tỉnh/TP", prompt: "Chọn tỉnh trong danh sách; tên cũ vẫn được.",
            message: "Không có trong danh sách 34 tỉnh.", rowCount: 200)
        let yesNo = CellValidation(.list(["Có", "Không"]), style: .stop, title: "Có/Không", rowCount: 200)
        let setup = PageSetup(
            orientation: .landscape, fitToWidth: true, repeatsHeaderRows: true,
            header: PageText(left: [.text("Hội chợ OCOP & HTX")], right: [.text("Đăng ký")]),
            footer: PageText(centre: [.text("Trang "), .pageNumber, .text("/"), .pageCount]))
        let data = Sheet(
            name: "Tổ chức",
            columns: [
                Column("STT", widthCentimetres: 1.2),
                Column("Tên tổ chức", widthCentimetres: 7),
                Column("Tỉnh/TP", widthCentimetres: 4, validation: province),
                Column("Mã số HTX", widthCentimetres: 3.5, isText: true),
                Column("Ngày thành lập", widthCentimetres: 3, format: .date),
                Column("Kho lạnh", widthCentimetres: 2.4, validation: yesNo),
                Column("Quyết định", widthCentimetres: 3.5, isText: true),
            ],
            title: "Đăng ký tổ chức", autoFilter: true, pageSetup: setup,
            rows: [
                [
                    .integer(1), .text("HTX Tân Hòa"), .text("Sơn La"), .text("0305100001"),
                    .date(XLSXWriterTests.day(2020, 3, 1)), .text("Có"), .text("399/QĐ-UBND"),
                ],
                [
                    .integer(2), .text("HTX Bình Minh"), .empty, .text("0100200300"), .empty, .empty,
                    .text("12/2024"),
                ],
            ])
        return Workbook(
            sheets: [data, reference],
            metadata: WorkbookMetadata(title: "Mẫu", created: "2026-12-01T08:00:00"))
    }

    private func written(_ format: String) throws -> String {
        let path = try WriterTests.temporaryFolder() + "/mau.\(format)"
        switch format {
        case "ods": try ODSWriter.write(Self.workbook(), to: path)
        case "fods": try FODSWriter.data(Self.workbook()).write(to: URL(fileURLWithPath: path))
        default: try XLSXWriter.write(Self.workbook(), to: path)
        }
        return path
    }

    @Test(.requires(.unzip)) func odsPartsValidateAgainstTheODF13Schema() throws {
        let schema = try WriterTests.odfSchema()
        let path = try written("ods")
        for part in ["content.xml", "styles.xml"] {
            let data = try WriterTests.unzip(path, entry: part)
            #expect(try WriterTests.diagnostics(schema, data, name: part) == [], "\(part)")
        }
        let content = String(decoding: try WriterTests.unzip(path, entry: "content.xml"), as: UTF8.self)
        for expected in [
            "table:condition=\"of:cell-content-is-in-list([$'Danh mục'.$A$3:.$A$9])\"",
            "table:condition=\"of:cell-content-is-in-list(&quot;Có&quot;;&quot;Không&quot;)\"",
            "table:message-type=\"information\"", "table:message-type=\"stop\"",
            "<table:table-header-rows>", "table:content-validation-name=\"val1_3\"",
            "table:default-cell-style-name=\"ceText\"", "table:default-cell-style-name=\"ceDate\"",
            "table:style-name=\"ta1\"",
        ] {
            #expect(content.contains(expected), "\(expected)")
        }
        let styles = String(decoding: try WriterTests.unzip(path, entry: "styles.xml"), as: UTF8.self)
        for expected in [
            "style:print-orientation=\"landscape\"", "style:scale-to-X=\"1\"", "<text:page-number",
            "<text:page-count>", "Hội chợ OCOP &amp; HTX",
        ] {
            #expect(styles.contains(expected), "\(expected)")
        }
    }

    @Test func fodsValidatesAgainstTheODF13Schema() throws {
        let data = try FODSWriter.data(Self.workbook())
        #expect(try WriterTests.diagnostics(try WriterTests.odfSchema(), data, name: "mau.fods") == [])
    }

    /// What `print_setup.py` prints for one sheet.
    struct Setup: Decodable {
        struct Validation: Decodable, Equatable {
            var type: String?
            var errorStyle: String?
            var formula1: String?
            var sqref: String
            var allowBlank: Bool
            var prompt: String?
        }
        var validations: [Validation]
        var orientation: String?
        var paperSize: Int?
        var fitToWidth: Int?
        var fitToHeight: Int?
        var fitToPage: Bool
        var printTitleRows: String?
        var oddHeader: [String?]
        var oddFooter: [String?]
        var columnFormats: [String: String]
    }

    @Test(.requires(.openpyxl)) func openpyxlReadsTheDropDownsAndThePageSetup() throws {
        let script = try XLSXTestPackage.fixture("print_setup.py")
        let output = try ExternalTool.openpyxl.run([script, try written("xlsx")])
        #expect(output.status == 0, "\(output.standardError)")
        let setups = try JSONDecoder().decode([String: Setup].self, from: output.standardOutput)
        let sheet = try #require(setups["Tổ chức"])
        #expect(
            sheet.validations == [
                Setup.Validation(
                    type: "list", errorStyle: "information", formula1: "'Danh mục'!$A$3:$A$9",
                    sqref: "C3:C202",
                    allowBlank: true, prompt: "Chọn tỉnh trong danh sách; tên cũ vẫn được."),
                Setup.Validation(
                    type: "list", errorStyle: nil, formula1: "\"Có,Không\"", sqref: "F3:F202",
                    allowBlank: true,
                    prompt: nil),
            ])
        #expect(sheet.orientation == "landscape")
        #expect(sheet.paperSize == 9)
        #expect(sheet.fitToWidth == 1 && sheet.fitToHeight == 0 && sheet.fitToPage)
        #expect(sheet.printTitleRows == "$1:$2")
        // openpyxl gives the codes as stored: a literal & doubled.
        #expect(sheet.oddHeader == ["Hội chợ OCOP && HTX", nil, "Đăng ký"])
        #expect(sheet.oddFooter == [nil, "Trang &P/&N", nil])
        #expect(sheet.columnFormats["D"] == "@" && sheet.columnFormats["E"] == "dd/mm/yyyy")
        let reference = try #require(setups["Danh mục"])
        #expect(reference.validations.isEmpty && reference.printTitleRows == nil && !reference.fitToPage)
    }

    @Test(.requires(.libreOffice)) func libreOfficeConvertsBothAndKeepsTheDropDowns() throws {
        for (format, target) in [("ods", "xlsx"), ("xlsx", "ods")] {
            let path = try written(format)
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let result = try ExternalTool.libreOffice.run([
                "-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to", target,
                "--outdir", folder, path,
            ])
            #expect(result.status == 0, "\(result.standardError)")
            let converted = folder + "/mau.\(target)"
            let read =
                try target == "ods"
                ? ODSReader.read(contentsOf: converted) : XLSXReader.read(contentsOf: converted)
            let sheet = try #require(read.sheet(named: "Tổ chức"))
            #expect(sheet.rows[2][6] == .text("399/QĐ-UBND") && sheet.rows[3][6] == .text("12/2024"))
            #expect(sheet.rows[2][3] == .text("0305100001"))
            if target == "ods" {
                let content = String(
                    decoding: try WriterTests.unzip(converted, entry: "content.xml"), as: UTF8.self)
                #expect(content.contains("cell-content-is-in-list"), "LibreOffice kept no drop-down")
            } else {
                let sheetXML = String(
                    decoding: try WriterTests.unzip(converted, entry: "xl/worksheets/sheet1.xml"),
                    as: UTF8.self)
                // LibreOffice writes a condition it did not understand as `type="none"`.
                #expect(sheetXML.contains("type=\"list\""), "LibreOffice kept no drop-down")
                #expect(!sheetXML.contains("type=\"none\""), "LibreOffice did not read a drop-down")
                #expect(sheetXML.contains("$A$3:$A$9"), "LibreOffice lost the range")
            }
        }
    }

    @Test func decisionNumbersAndCodesStayTextInEveryFormat() throws {
        let expected: [CellValue] = [.text("399/QĐ-UBND"), .text("12/2024")]
        for format in ["ods", "fods", "xlsx"] {
            let path = try written(format)
            let read: ReadWorkbook =
                switch format {
                case "ods": try ODSReader.read(contentsOf: path)
                case "fods": try FODSReader.read(contentsOf: path)
                default: try XLSXReader.read(contentsOf: path)
                }
            let sheet = try #require(read.sheet(named: "Tổ chức"))
            #expect([sheet.rows[2][6], sheet.rows[3][6]] == expected, "\(format)")
        }
        let csvPath = try WriterTests.temporaryFolder() + "/to-chuc.csv"
        try CSVWriter().write(Self.workbook().sheets[0], to: csvPath)
        let csv = try CSVReader.read(contentsOf: csvPath)
        #expect(csv.sheets[0].rows.contains { $0.contains(.text("399/QĐ-UBND")) })
    }

    @Test func anInlineListExcelCannotHoldIsRefusedBeforeWriting() throws {
        let folder = try WriterTests.temporaryFolder()
        for (values, reason) in [
            (
                Array(repeating: "Tỉnh rất dài tên", count: 20),
                SheetsMessage.validationListTooLong(limit: 255)
            ),
            (["a, b", "c"], .validationValueWithSeparator("a, b")),
        ] {
            let sheet = Sheet(
                name: "S", columns: [Column("A", validation: CellValidation(.list(values)))],
                rows: [[CellValue]]())
            let path = folder + "/x.xlsx"
            #expect(
                throws: SheetsError.invalidValidation(file: path, sheet: "S", column: 1, reason: reason)
            ) {
                try XLSXWriter.write(
                    Workbook(sheets: [sheet], metadata: WorkbookMetadata(created: WriterTests.created)),
                    to: path)
            }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func widthsFollowTheLongestTextWithinBounds() {
        let long = "Rau, củ, quả, hạt tươi và sơ chế; các sản phẩm từ rau, củ, quả, hạt"
        let sheet = Sheet(
            name: "S",
            columns: [Column("STT"), Column("Bộ sản phẩm"), Column("Ghi chú")],
            rows: [
                [.integer(1), .text(long), .duration(seconds: 8 * 3600)],
                [.integer(12), .text("Trà"), .empty],
            ]
        ).fittingWidths(minimum: 1.2, maximum: 20)
        let widths = sheet.columns.map(\.widthCentimetres)
        #expect(widths[0] >= 1.2 && widths[0] < 2)
        #expect(widths[1] >= ColumnWidth.centimetres(of: long) && widths[1] <= 20)
        #expect(widths[2] >= ColumnWidth.centimetres(of: "Ghi chú", bold: true))
        #expect(ColumnWidth.centimetres(of: "Hòa") == ColumnWidth.centimetres(of: "Hoa"))
        #expect(ColumnWidth.centimetres(of: "WWW") > ColumnWidth.centimetres(of: "iii"))
        #expect(PageSetup.orientation(forWidth: 25) == .landscape)
        #expect(PageSetup.orientation(forWidth: 18) == .portrait)
        let capped = Sheet(
            name: "S", columns: [Column("A")], rows: [[.text(String(repeating: "m", count: 500))]]
        )
        .fittingWidths(maximum: 12)
        #expect(capped.columns[0].widthCentimetres == 12)
    }
}
