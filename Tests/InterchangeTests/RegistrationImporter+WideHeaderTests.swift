import Foundation
import Interchange
import Planning
import Sheets
import Testing

/// Issue 12 (fuzzing): header cells were matched by working out the search key of every field's
/// header in every language, for every cell of the first rows and every kind of sheet, so a header
/// row as wide as a sheet may be (16,384 columns, a 284 KB CSV) took 7.5 s of CPU in a debug
/// build before anything else was checked, and a 13 KB CSV of 700 columns took 10 s in the fuzzing
/// build (whose limit is 2 s an input). Headers are now looked up in a table built once.
@Suite("RegistrationImporter: a header row as wide as a sheet (issue 12, fuzzing)")
struct RegistrationImporterWideHeaderTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 16)!

    /// Checks a workbook of `sheets` against an empty plan.
    static func check(_ sheets: [ReadSheet]) -> RegistrationReport {
        RegistrationImporter(plan: RegistrationImporter.checkingPlan(on: day))
            .check([ReadWorkbook(fileName: "rong.csv", sheets: sheets)])
    }

    /// A sheet named `name` whose header row holds `headers`, then one row of `values`.
    static func sheet(_ name: String, headers: [String], values: [String]) -> ReadSheet {
        ReadSheet(
            name: name, rows: [headers.map(CellValue.text), values.map(CellValue.text)], rowNumbers: [1, 2])
    }

    @Test("every field is still recognised by its header in both languages, with or without «*»")
    func headersInBothLanguages() {
        for kind in RegistrationSheetKind.allCases {
            for field in kind.fields {
                let other = kind.fields.first { $0 != field } ?? field
                for language in Language.allCases {
                    for header in [field.header(in: language), field.header(in: language) + " *"] {
                        let headers = [header, other.header(in: language)]
                        let sheet = Self.sheet(
                            kind.sheetName(in: language), headers: headers, values: ["x", "y"])
                        let report = Self.check([sheet])
                        #expect(
                            !report.problems.contains { $0.message == .unknownColumn(header) },
                            "\(field) in \(language): «\(header)» not recognised")
                        #expect(
                            !report.problems.contains {
                                if case .headerRowNotFound = $0.message { true } else { false }
                            }, "\(field) in \(language): no header row")
                    }
                }
            }
        }
    }

    @Test("a header row of 16,384 columns: the known ones found, the others reported")
    func sixteenThousandColumns() {
        let columns = 16_384
        var headers = ["Tên tổ chức *", "Tỉnh/thành phố *"]
        headers += (headers.count..<columns).map { "Cột thêm số \($0 + 1) (ghi chú)" }
        var values = ["Hợp tác xã Nông nghiệp Tân Hòa", "Cà Mau"]
        values += Array(repeating: "", count: columns - values.count)
        let sheet = Self.sheet("Dữ liệu", headers: headers, values: values)
        let report = Self.check([sheet])
        let organisations = report.counts.first { $0.kind == .organisations }
        #expect(organisations?.rows == 1 && organisations?.valid == 1)
        let unknown = report.problems.filter {
            if case .unknownColumn = $0.message { true } else { false }
        }
        #expect(unknown.count == columns - 2)
    }
}
