import Foundation
import Planning
import Sheets
import Testing

@testable import Interchange

@Suite("RegistrationTemplate in English and Vietnamese")
struct RegistrationTemplateLanguageTests {
    static let stamp = LocalDateTime(
        date: CalendarDate(year: 2026, month: 11, day: 23)!, time: TimeOfDay(minutesSinceMidnight: 480)!)

    /// The rows people fill in, by sheet; words from the vocabulary in the template's language.
    static func values(_ kind: RegistrationSheetKind, _ language: Language) -> [[RegistrationField:
        CellValue]]
    {
        let english = language == .english
        switch kind {
        case .organisations:
            return [
                [
                    .organisationName: .text("Hợp tác xã Nông nghiệp Tân Hòa"),
                    .organisationShortName: .text("HTX NN Tân Hòa"),
                    .organisationKind: .text(english ? "Cooperative" : "Hợp tác xã"),
                    .organisationSector: .text(english ? "Agricultural" : "Nông nghiệp"),
                    .organisationCode: .text("1900123456"), .organisationProvince: .text("Cà Mau"),
                    .organisationMembers: .integer(25),
                ],
                [
                    .organisationName: .text("Hợp tác xã Chè Suối Giàng"), .organisationCode: .text("12AB"),
                    .organisationProvince: .text("Tỉnh Đất Mới"), .organisationMembers: .integer(9),
                ],
            ]
        case .products:
            return [
                [
                    .productName: .text("Mật ong hoa cà phê"), .productOwner: .text("HTX NN Tân Hòa"),
                    .productSet: .text("Mật ong"), .stars: .integer(4),
                    .decisionNumber: .text("1234/QĐ-UBND"),
                    .decisionDate: .text("15/03/2024"),
                    .issuingLevel: .text(english ? "Provincial" : "Cấp tỉnh"),
                    .coldChain: .text(english ? "Yes" : "Có"),
                ],
                [
                    .productName: .text("Khô cá lóc"), .productOwner: .text("1900123456"),
                    .stars: .integer(2),
                    .decisionNumber: .text("88/QĐ-UBND"), .decisionDate: .text("2021-05-10"),
                ],
                [.productName: .text("Bánh pía"), .productOwner: .text("Công ty Bánh Ngọt")],
            ]
        case .delegates:
            return [
                [
                    .honorific: .text(english ? "Mrs" : "Bà"), .fullName: .text("Trần Thị Bích Ngọc"),
                    .delegateOrganisation: .text("HTX NN Tân Hòa"),
                    .role: .text(english ? "Guest" : "Khách mời"),
                    .attendance: .text(english ? "On site" : "Trực tiếp"),
                ],
                [.fullName: .text("Lê Văn Phúc"), .role: .text(english ? "Audience" : "Khán giả")],
            ]
        case .boothRequests:
            return [
                [
                    .partyName: .text("Liên minh HTX tỉnh Cà Mau"), .partyProvince: .text("Cà Mau"),
                    .boothsWanted: .integer(2), .sharedWith: .text("HTX NN Tân Hòa"),
                    .needsWater: .text(english ? "Yes" : "Có"),
                    .needsColdStorage: .text(english ? "Yes" : "Có"),
                    .needsPower: .text(english ? "No" : "Không"),
                ]
            ]
        }
    }

    /// Writes the template in `language`, reads it back, fills its data sheets and checks it.
    static func filledReport(_ language: Language, folder: URL) throws -> RegistrationReport {
        let paths = try RegistrationTemplate.write(
            format: .ods, output: folder.appendingPathComponent("mau-\(language.rawValue).ods").path,
            language: language, created: stamp, version: "test")
        let template = try ODSReader.read(contentsOf: try #require(paths.first))
        var sheets: [ReadSheet] = []
        for sheet in template.sheets {
            guard
                let kind = RegistrationSheetKind.allCases.first(where: {
                    $0.sheetName(in: language) == sheet.name
                })
            else {
                sheets.append(sheet)
                continue
            }
            let header = sheet.rows[1].map(\.plainText)
            var columns: [RegistrationField: Int] = [:]
            for field in kind.fields {
                let written = field.header(in: language)
                let index: Int? = header.firstIndex { $0 == written || $0 == "\(written) *" }
                let column: Int = try #require(index, "\(written) not in the header")
                columns[field] = column
            }
            var rows = sheet.rows
            for values in values(kind, language) {
                var row = Array(repeating: CellValue.empty, count: header.count)
                for (field, value) in values {
                    row[try #require(columns[field])] = value
                }
                rows.append(row)
            }
            sheets.append(
                ReadSheet(name: sheet.name, rows: rows, rowNumbers: Array(1...rows.count)))
        }
        return RegistrationImporter(
            plan: RegistrationImporter.checkingPlan(on: CalendarDate(year: 2026, month: 12, day: 16)!),
            skipInvalid: true
        ).check([ReadWorkbook(fileName: "mau.ods", sheets: sheets)])
    }

    @Test(
        "the English template, filled and imported, gives the same rows and finding codes as the Vietnamese")
    func englishTemplateImports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mau-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let vietnamese = try Self.filledReport(.vietnamese, folder: folder)
        let english = try Self.filledReport(.english, folder: folder)

        #expect(english.fatalErrors.isEmpty)
        #expect(!english.problems.contains { if case .unknownColumn = $0.message { true } else { false } })
        #expect(english.counts == vietnamese.counts)
        #expect(english.counts.map(\.rows) == [2, 3, 2, 1])
        #expect(english.batch.boothRequests.map(\.servicesNeeded) == [[.water, .coldStorage]])
        func outline(_ report: RegistrationReport) -> [String] {
            report.problems.map {
                "\($0.severity) \($0.row ?? 0) \($0.field?.rawValue ?? "-") \($0.code?.rawValue ?? "-")"
            }
        }
        #expect(outline(english) == outline(vietnamese))
        let codes = Set(english.problems.compactMap(\.code))
        #expect(codes.isSuperset(of: [.malformedRegistrationCode, .starsOutOfRange, .certificateExpired]))
        #expect(
            english.problems.contains {
                $0.field == .role && $0.message == .invalidValue(.role, written: "Audience")
            })
        #expect(english.batch.organisations.map(\.name) == vietnamese.batch.organisations.map(\.name))
        #expect(english.batch.products.map(\.name) == ["Mật ong hoa cà phê"])
        #expect(english.batch.products.first?.needsColdChain == true)
        #expect(english.batch.people.map(\.honorific) == [.mrs])
        #expect(english.batch.attendees.map(\.role) == vietnamese.batch.attendees.map(\.role))
    }

    @Test("the English template's sheets, headers and notes are English, and its structure the same")
    func englishTemplate() {
        let english = RegistrationTemplate.workbook(
            created: "2026-11-23T08:00:00", generator: "test", language: .english)
        let vietnamese = RegistrationTemplate.workbook(
            created: "2026-11-23T08:00:00", generator: "test", language: .vietnamese)
        #expect(english.sheets.count == vietnamese.sheets.count)
        #expect(
            english.sheets.map(\.name) == [
                InterchangeMessage.instructionsSheetName.text(.english)
            ] + RegistrationSheetKind.allCases.map { $0.sheetName(in: .english) } + [
                InterchangeMessage.productSetsSheetName.text(.english)
            ])
        for (englishSheet, vietnameseSheet) in zip(english.sheets, vietnamese.sheets) {
            #expect(englishSheet.name != vietnameseSheet.name)
            #expect(englishSheet.columns.count == vietnameseSheet.columns.count)
        }
        for kind in RegistrationSheetKind.allCases {
            let sheet = RegistrationTemplate.sheet(kind, language: .english)
            for (column, field) in zip(sheet.columns.dropFirst(), kind.fields) {
                #expect(column.header.hasPrefix(field.header(in: .english)))
                #expect(column.note == field.headerNote(in: .english))
            }
        }
    }
}
