import Foundation
import Planning
import Sheets
import Testing

@testable import Interchange

@Suite("RegistrationTemplate")
struct RegistrationTemplateTests {
    @Test("the written template reads back as an empty, valid registration with every column recognised")
    func roundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mau-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stamp = LocalDateTime(
            date: CalendarDate(year: 2026, month: 11, day: 23)!, time: TimeOfDay(minutesSinceMidnight: 480)!)
        for format in [ExportFormat.ods, .fods] {
            let paths = try RegistrationTemplate.write(
                format: format, output: folder.appendingPathComponent("mau.\(format.fileExtension)").path,
                language: .vietnamese, created: stamp, version: "test")
            let workbook =
                try format == .ods
                ? ODSReader.read(contentsOf: paths[0]) : FODSReader.read(contentsOf: paths[0])
            #expect(
                workbook.sheets.map(\.name) == [
                    "Hướng dẫn", "Tổ chức", "Sản phẩm", "Đại biểu", "Đăng ký gian hàng", "Bộ sản phẩm OCOP",
                ])
            for kind in RegistrationSheetKind.allCases {
                let sheet = try #require(workbook.sheet(named: kind.sheetName(in: .vietnamese)))
                let headers = sheet.rows[1].map(\.plainText)
                #expect(headers.count == kind.fields.count + 1)
                for field in kind.fields {
                    #expect(
                        headers.contains(
                            field.isRequired
                                ? "\(field.header(in: .vietnamese)) *" : field.header(in: .vietnamese)))
                }
                let template = RegistrationTemplate.sheet(kind, language: .vietnamese)
                #expect(template.columns.dropFirst().allSatisfy { $0.note?.isEmpty == false })
            }
            let report = RegistrationImporter(
                plan: RegistrationImporter.checkingPlan(on: CalendarDate(year: 2026, month: 12, day: 16)!)
            ).check([workbook])
            #expect(report.errorCount == 0)
            #expect(report.counts.allSatisfy { $0.rows == 0 })
            #expect(report.problems.allSatisfy { $0.severity == .warning && $0.row == nil })
        }
        let csv = try RegistrationTemplate.write(
            format: .csv, output: folder.appendingPathComponent("csv").path, language: .vietnamese,
            created: stamp,
            version: "test")
        #expect(
            csv.map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "huong-dan.csv", "to-chuc.csv", "san-pham.csv", "dai-bieu.csv", "dang-ky-gian-hang.csv",
                "bo-san-pham-ocop.csv",
            ])
        let report = try RegistrationImporter(
            plan: RegistrationImporter.checkingPlan(on: CalendarDate(year: 2026, month: 12, day: 16)!)
        ).check(files: csv)
        #expect(report.errorCount == 0)
    }

    @Test("the example product set is one of the 26 sets written in full, the set raw honey belongs to")
    func exampleProductSet() {
        let example = RegistrationField.productSet.example(in: .vietnamese)
        #expect(OCOPCatalogue.productSets.first { $0.name == example }?.number == 4)
    }

    @Test("every field's header, with or without diacritics, and its English name are recognised")
    func headers() throws {
        let english: [RegistrationField: String] = [
            .organisationName: "Organisation name", .organisationCode: "Tax code",
            .organisationProvince: "Province",
            .productName: "Product name", .productOwner: "Owner", .stars: "Stars",
            .decisionDate: "Decision date",
            .fullName: "Full name", .dateOfBirth: "Date of birth", .attendance: "Connection point",
        ]
        let template = RegistrationTemplate.workbook(
            created: "2026-11-23T08:00:00", generator: "test", language: .vietnamese)
        for kind in RegistrationSheetKind.allCases {
            let sheet = try #require(template.sheets.first { $0.name == kind.sheetName(in: .vietnamese) })
            for field in kind.fields {
                let plain = VietnameseText.searchKey(field.header(in: .vietnamese)).uppercased()
                let headers: [String?] = [
                    field.header(in: .vietnamese), "\(field.header(in: .vietnamese)) *", plain,
                    english[field], field.header(in: .english),
                    "\(field.header(in: .english)) *",
                ]
                for header in headers.compactMap({ $0 }) {
                    let read = ReadSheet(
                        name: kind.sheetName(in: .vietnamese),
                        rows: [[.text(header), .text(kind.fields[0].header(in: .vietnamese))]],
                        rowNumbers: [1])
                    let report = RegistrationImporter(
                        plan: RegistrationImporter.checkingPlan(
                            on: CalendarDate(year: 2026, month: 1, day: 1)!)
                    ).check([ReadWorkbook(fileName: "h.ods", sheets: [read])])
                    #expect(
                        !report.problems.contains { $0.message == .unknownColumn(header) },
                        "\(kind.sheetName(in: .vietnamese)): «\(header)» not recognised")
                }
            }
            #expect(sheet.columns.count == kind.fields.count + 1)
        }
    }
}
