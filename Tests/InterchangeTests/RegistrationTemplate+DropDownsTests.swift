import Foundation
import LibXML
import Planning
import Sheets
import TestSupport
import Testing

@testable import Interchange

@Suite("RegistrationTemplate: drop-down lists, formats, XLSX", .serialized)
struct RegistrationTemplateDropDownsTests {
    static let stamp = LocalDateTime(
        date: CalendarDate(year: 2026, month: 11, day: 23)!, time: TimeOfDay(minutesSinceMidnight: 480)!)

    static func write(_ format: ExportFormat, language: Language = .vietnamese) throws -> String {
        let folder = try SpreadsheetChecks.folder()
        return try #require(
            try RegistrationTemplate.write(
                format: format, output: folder + "/mau.\(format.fileExtension)", language: language,
                created: stamp,
                version: "test", connectionPoints: ["Điểm cầu Sơn La", "Điểm cầu Huế"]
            ).first)
    }

    @Test("every value a drop-down offers is one the importer accepts")
    func valuesAreAccepted() {
        for language in Language.allCases {
            for list in RegistrationDropDown.allCases {
                let values = list.values(in: language, zones: ["Gian hàng tỉnh"])
                #expect(!values.isEmpty)
                for value in values {
                    let key = VietnameseText.searchKey(value)
                    let accepted =
                        switch list {
                        case .province: ProvinceReference(value).province != nil
                        case .organisationKind: OrganisationKind(written: value) != nil
                        case .sector: RegistrationVocabulary.sectors[key] != nil
                        case .productSet: !OCOPCatalogue.productSets(matching: value).isEmpty
                        case .stars: Int(value).map { (3...5).contains($0) } ?? false
                        case .issuingLevel: RegistrationVocabulary.issuingLevels[key] != nil
                        case .yesNo:
                            RegistrationVocabulary.yes.contains(key)
                                || RegistrationVocabulary.no.contains(key)
                        case .role: RegistrationVocabulary.roles[key] != nil
                        case .attendance: RegistrationVocabulary.onSite.contains(key)
                        case .zone: true
                        }
                    #expect(accepted, "\(list) \(language): \(value)")
                }
            }
        }
        #expect(RegistrationDropDown.province.values(in: .vietnamese).count == 34)
        #expect(RegistrationDropDown.productSet.values(in: .vietnamese).count == 26)
    }

    @Test("an English form offers English names only: sectors, roles and issuing levels")
    func englishNames() {
        #expect(
            RegistrationDropDown.sector.values(in: .english) == Sector.allCases.map { $0.name(.english) })
        #expect(
            RegistrationDropDown.role.values(in: .english)
                == Attendance.Role.allCases.map { $0.name(.english) })
        #expect(
            RegistrationDropDown.issuingLevel.values(in: .english)
                == IssuingLevel.allCases.map { $0.name(.english) })
    }

    @Test("codes, phones and decision numbers are text columns, days date columns, headers fit")
    func columnFormats() {
        for kind in RegistrationSheetKind.allCases {
            let sheet = RegistrationTemplate.sheet(kind, language: .vietnamese, zones: ["Gian hàng tỉnh"])
            for (field, column) in zip(kind.fields, sheet.columns.dropFirst()) {
                #expect(column.format == RegistrationTemplate.columnFormat(field))
                #expect((RegistrationDropDown.of(field) == nil) == (column.validation == nil), "\(field)")
                #expect(column.widthCentimetres >= ColumnWidth.centimetres(of: column.header, bold: true))
            }
        }
        #expect(RegistrationTemplate.columnFormat(.organisationCode) == .text)
        #expect(RegistrationTemplate.columnFormat(.delegatePhone) == .text)
        #expect(RegistrationTemplate.columnFormat(.decisionDate) == .date)
        let instructions = Array(IteratorSequence(RegistrationTemplate.instructions(in: .english).rows()))
        #expect(
            instructions.contains {
                $0[3]
                    == .text(
                        InterchangeMessage.instructionDropDowns(sheet: "OCOP product sets").text(.english))
            })
    }

    /// What the openpyxl program prints: per sheet, its validations.
    struct Validation: Decodable, Hashable {
        var sqref: String
        var formula: String
        var errorStyle: String?
    }

    @Test("openpyxl lists the drop-downs of the XLSX template", .requires(.openpyxl))
    func xlsxDropDowns() throws {
        let path = try Self.write(.xlsx)
        let program = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print(json.dumps({ws.title: [{"sqref": str(v.sqref), "formula": v.formula1, "errorStyle": v.errorStyle}
                for v in ws.data_validations.dataValidation if v.type == "list"] for ws in book.worksheets},
                ensure_ascii=False))
            """
        let sheets = try SpreadsheetChecks.openpyxl(program, path, as: [String: [Validation]].self)
        let reference = "'Bộ sản phẩm OCOP'!"
        #expect(
            Set(sheets["Tổ chức"] ?? []) == [
                Validation(sqref: "D3:D502", formula: reference + "$G$3:$G$8", errorStyle: "warning"),
                Validation(sqref: "E3:E502", formula: reference + "$H$3:$H$5", errorStyle: "warning"),
                Validation(sqref: "G3:G502", formula: reference + "$F$3:$F$36", errorStyle: "information"),
            ])
        #expect(
            Set(sheets["Sản phẩm"] ?? []) == [
                Validation(sqref: "D3:D502", formula: reference + "$B$3:$B$28", errorStyle: "warning"),
                Validation(sqref: "E3:E502", formula: "\"3,4,5\"", errorStyle: "warning"),
                Validation(sqref: "I3:I502", formula: reference + "$I$3:$I$5", errorStyle: "warning"),
                Validation(sqref: "L3:L502", formula: "\"Có,Không\"", errorStyle: "warning"),
            ])
        #expect(
            Set(sheets["Đại biểu"] ?? []) == [
                Validation(sqref: "G3:G502", formula: reference + "$F$3:$F$36", errorStyle: "information"),
                Validation(sqref: "K3:K502", formula: reference + "$J$3:$J$9", errorStyle: "warning"),
                Validation(sqref: "L3:L502", formula: reference + "$K$3:$K$5", errorStyle: "information"),
            ])
        #expect(sheets["Hướng dẫn"] == [] && sheets["Bộ sản phẩm OCOP"] == [])
    }

    @Test(
        "the XLSX template reads back as an empty, valid registration; the lists are on the reference sheet")
    func xlsxRoundTrip() throws {
        let path = try Self.write(.xlsx)
        let workbook = try XLSXReader.read(contentsOf: path)
        let report = RegistrationImporter(
            plan: RegistrationImporter.checkingPlan(on: CalendarDate(year: 2026, month: 12, day: 16)!)
        ).check([workbook])
        #expect(report.errorCount == 0)
        #expect(report.counts.allSatisfy { $0.rows == 0 })
        let reference = try #require(workbook.sheet(named: "Bộ sản phẩm OCOP"))
        #expect(reference.rows[2][5] == .text(ProvinceDirectory.all[0].name))
        #expect(reference.rows[2][10] == .text("Trực tiếp") && reference.rows[4][10] == .text("Điểm cầu Huế"))
        #expect(reference.rows[27][1] == .text(OCOPCatalogue.productSets[25].name))
    }

    @Test("the ODS template is valid ODF 1.3 with its drop-downs", .requires(.unzip))
    func odsDropDowns() throws {
        let path = try Self.write(.ods)
        #expect(try SpreadsheetChecks.odfDiagnostics(path) == [])
        let content = String(decoding: try SpreadsheetChecks.unzip(path, "content.xml"), as: UTF8.self)
        for expected in [
            "of:cell-content-is-in-list([$'Bộ sản phẩm OCOP'.$F$3:.$F$36])",
            "of:cell-content-is-in-list(&quot;3&quot;;&quot;4&quot;;&quot;5&quot;)",
            "table:message-type=\"information\"", "table:message-type=\"warning\"",
            "table:default-cell-style-name=\"ceText\"", "table:default-cell-style-name=\"ceDate\"",
        ] {
            #expect(content.contains(expected), "\(expected)")
        }
        let fods = try Self.write(.fods)
        let schema = try RelaxNGSchema(contentsOfFile: TestSchemas.odf13.path)
        let document = try XMLDocument(
            data: try Data(contentsOf: URL(fileURLWithPath: fods)), sourceName: "mau.fods")
        #expect(schema.validate(document).map(\.description) == [])
    }

    @Test("LibreOffice converts both templates and keeps their drop-downs", .requires(.libreOffice, .unzip))
    func libreOfficeKeepsDropDowns() throws {
        let ods = try SpreadsheetChecks.convert(try Self.write(.xlsx), to: "ods")
        let content = String(decoding: try SpreadsheetChecks.unzip(ods, "content.xml"), as: UTF8.self)
        // 10 on the first three sheets, 4 on the booth requests' (province, water, cold storage, power).
        #expect(content.components(separatedBy: "<table:content-validation ").count - 1 == 14)
        let xlsx = try SpreadsheetChecks.convert(try Self.write(.ods), to: "xlsx")
        let sheet = String(
            decoding: try SpreadsheetChecks.unzip(xlsx, "xl/worksheets/sheet2.xml"), as: UTF8.self)
        #expect(sheet.contains("type=\"list\"") && !sheet.contains("type=\"none\""))
        #expect(sheet.contains("$F$3:$F$36"))
    }
}
