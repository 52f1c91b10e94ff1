import Foundation
import Planning
import Sheets
import TestSupport
import Testing

@testable import Interchange

@Suite("RegistrationTemplate: the Đăng ký gian hàng sheet", .serialized)
struct RegistrationTemplateBoothRequestsTests {
    static let zones = ["Gian hàng tỉnh", "Khu thực phẩm tươi sống"]

    /// Writes the template with the sample venue's zones; its path (the first, for CSV the folder's files).
    static func write(_ format: ExportFormat, language: Language = .vietnamese) throws -> [String] {
        let folder = try SpreadsheetChecks.folder()
        return try RegistrationTemplate.write(
            format: format, output: folder + (format == .csv ? "/mau" : "/mau.\(format.fileExtension)"),
            language: language, created: RegistrationTemplateDropDownsTests.stamp, version: "test",
            connectionPoints: ["Điểm cầu Sơn La"], zones: zones)
    }

    /// A ZIP entry as text, read with the project's own ZIP reader.
    static func part(_ path: String, _ entry: String) throws -> String {
        let zip = try ZipReader(path: path)
        return String(decoding: try zip.contents(of: try #require(zip.entry(named: entry))), as: UTF8.self)
    }

    @Test("the sheet has its columns, text columns, widths and notes in both languages")
    func columns() throws {
        for language in Language.allCases {
            let sheet = RegistrationTemplate.sheet(.boothRequests, language: language, zones: Self.zones)
            #expect(sheet.name == RegistrationSheetKind.boothRequests.sheetName(in: language))
            #expect(sheet.freezeHeader && sheet.title != nil)
            let fields = RegistrationSheetKind.boothRequests.fields
            #expect(
                fields.first == .partyName && fields.contains(.preferredZones) && fields.contains(.needsPower)
            )
            for (field, column) in zip(fields, sheet.columns.dropFirst()) {
                #expect(column.header.hasPrefix(field.header(in: language)))
                #expect(column.note?.isEmpty == false)
                #expect((RegistrationDropDown.of(field) == nil) == (column.validation == nil), "\(field)")
                #expect(column.widthCentimetres >= ColumnWidth.centimetres(of: column.header, bold: true))
            }
            #expect(RegistrationTemplate.columnFormat(.partyPhone) == .text)
            #expect(RegistrationTemplate.columnFormat(.partyOrganisation) == .text)
            // Every header reads back as its own field.
            for field in fields {
                #expect(
                    RegistrationSheetLayout.field(forHeader: field.header(in: language), in: .boothRequests)
                        == field)
            }
        }
        // Without zones (no plan), the preferred zone is typed freely.
        let free = RegistrationTemplate.sheet(.boothRequests, language: .vietnamese)
        let index = try #require(RegistrationSheetKind.boothRequests.fields.firstIndex(of: .preferredZones))
        #expect(free.columns[index + 1].validation == nil)
    }

    @Test("the instructions explain the sheet, every column and each drop-down")
    func instructions() {
        for language in Language.allCases {
            let rows = Array(IteratorSequence(RegistrationTemplate.instructions(in: language).rows()))
            let sheetName = RegistrationSheetKind.boothRequests.sheetName(in: language)
            #expect(
                rows.contains {
                    $0[3]
                        == .text(InterchangeMessage.instructionBoothRequests(sheet: sheetName).text(language))
                })
            let own = rows.filter { $0[0] == .text(sheetName) }
            #expect(own.count == RegistrationSheetKind.boothRequests.fields.count)
            for list in [RegistrationDropDown.province, .yesNo, .zone] {
                let prompt = InterchangeMessage.dropDownPrompt(list).text(language)
                #expect(
                    own.contains { if case .text(let text) = $0[3] { text.contains(prompt) } else { false } },
                    "\(list)")
            }
        }
    }

    @Test("ODS and XLSX templates hold the sheet and its drop-downs, read back with FairPlan's readers")
    func dropDownsInBothFormats() throws {
        let xlsx = try #require(try Self.write(.xlsx).first)
        let workbook = try XLSXReader.read(contentsOf: xlsx)
        #expect(workbook.sheets.map(\.name).contains("Đăng ký gian hàng"))
        let sheet = try #require(workbook.sheet(named: "Đăng ký gian hàng"))
        #expect(sheet.rows[1].first == .text("STT"))
        #expect(sheet.rows[1].dropFirst().first == .text("Đơn vị trưng bày (tên trên bảng tên) *"))
        let reference = try #require(workbook.sheet(named: "Bộ sản phẩm OCOP"))
        #expect(
            reference.rows[2][11] == .text("Gian hàng tỉnh")
                && reference.rows[3][11] == .text("Khu thực phẩm tươi sống"))
        let part = try Self.part(xlsx, "xl/worksheets/sheet5.xml")
        for expected in [
            "sqref=\"C3:C502\"", "$F$3:$F$36", "sqref=\"H3:H502\"", "sqref=\"I3:I502\"", "sqref=\"J3:J502\"",
            "sqref=\"K3:K502\"", "$L$3:$L$4", "&quot;Có,Không&quot;",
        ] {
            #expect(part.contains(expected), "\(expected)")
        }
        #expect(part.contains("<pane ") && part.contains("state=\"frozen\""))

        let ods = try #require(try Self.write(.ods).first)
        let read = try ODSReader.read(contentsOf: ods)
        #expect(
            read.sheet(named: "Đăng ký gian hàng")?.rows[1].count == RegistrationSheetKind.boothRequests
                .fields.count + 1)
        let content = try Self.part(ods, "content.xml")
        #expect(content.contains("of:cell-content-is-in-list([$'Bộ sản phẩm OCOP'.$L$3:.$L$4])"))
        // The empty template reads back as a valid registration with no rows.
        let report = RegistrationImporter(plan: RegistrationBoothSample.plan()).check([read, workbook])
        #expect(report.errorCount == 0)
        #expect(report.counts.map(\.kind) == RegistrationSheetKind.allCases)
    }

    @Test("the English template names the sheet «Booth requests»; CSV writes one file per sheet")
    func englishAndCSV() throws {
        let xlsx = try #require(try Self.write(.xlsx, language: .english).first)
        let workbook = try XLSXReader.read(contentsOf: xlsx)
        #expect(workbook.sheet(named: "Booth requests") != nil)
        let files = try Self.write(.csv).map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(
            files == [
                "huong-dan.csv", "to-chuc.csv", "san-pham.csv", "dai-bieu.csv", "dang-ky-gian-hang.csv",
                "bo-san-pham-ocop.csv",
            ])
    }

    /// The fixture `registrations/gian-hang-libreoffice.xlsx` is ``RegistrationBoothSample/filledTemplate()``
    /// written as ODS by FairPlan, then opened and saved as .xlsx by LibreOffice 7.4
    /// (`soffice --headless --convert-to xlsx`).
    @Test(
        "a template filled and saved by LibreOffice as .xlsx imports with the same findings as the same data in ODS"
    )
    func libreOfficeFixture() throws {
        let fixture = try WorkbookFile.read(Fixtures.path("registrations/gian-hang-libreoffice.xlsx"))
        let folder = try SpreadsheetChecks.folder()
        let ods = folder + "/gian-hang.ods"
        try ODSWriter.write(RegistrationBoothSample.filledTemplate(), to: ods)
        let fromLibreOffice = RegistrationBoothSample.check([fixture])
        let fromODS = RegistrationBoothSample.check([try WorkbookFile.read(ods)])
        #expect(
            RegistrationBoothSample.findings(fromLibreOffice) == RegistrationBoothSample.findings(fromODS))
        #expect(fromLibreOffice.errorCount > 0)
        // The valid rows, leading zeros kept, make three parties (an unknown zone is only a warning).
        let valid = RegistrationBoothSample.check([fixture], skipInvalid: true)
        #expect(
            valid.batch.parties.map(\.name) == [
                "Liên minh HTX tỉnh Cà Mau", "HTX Mật ong Bắc Hà", "HTX Thủy sản Đất Mũi",
            ])
        #expect(valid.batch.organisations.contains { $0.registrationCode?.description == "0305100099" })
        #expect(!valid.problems.contains { if case .lostLeadingZero = $0.message { true } else { false } })
    }
}
