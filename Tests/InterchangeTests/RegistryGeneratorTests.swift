import Foundation
import Interchange
import Planning
import Sheets
import Testing

/// The synthetic national registry (`fairplan-bench import` and the tests share it) is valid,
/// distinct and repeatable: every row imports without a finding worth a warning.
@Suite("RegistryGenerator: a valid, repeatable national registry (issue 17)")
struct RegistryGeneratorTests {
    /// The generator's three sheets as the importer reads them from a file.
    static func workbook(_ generator: RegistryGenerator) -> ReadWorkbook {
        let sheets = RegistrationSheetKind.allCases.map { kind in
            let sheet = generator.sheet(kind)
            let rows =
                [sheet.columns.map { CellValue.text($0.header) }]
                + Array(sequence(state: sheet.rows()) { $0.next() })
            return ReadSheet(name: sheet.name, rows: rows, rowNumbers: Array(1...rows.count))
        }
        return ReadWorkbook(fileName: "dang-ky.ods", sheets: sheets)
    }

    @Test("every row is new and valid: no error, no warning, every count as asked")
    func importsCleanly() {
        let generator = RegistryGenerator(organisations: 600, products: 300, people: 200, seed: 7)
        let report = RegistrationImporter(
            plan: RegistrationImporter.checkingPlan(on: CalendarDate(year: 2026, month: 12, day: 16)!)
        ).check([Self.workbook(generator)])
        #expect(report.problems.filter { $0.severity != .info }.isEmpty, "\(report.problems.prefix(3))")
        #expect(report.batch.organisations.count == 600)
        #expect(report.batch.products.count == 300)
        #expect(report.batch.people.count == 200)
        #expect(Set(report.batch.organisations.map(\.registrationCode)).count == 600)
    }

    @Test("the same counts and seed give the same rows; another seed others")
    func repeatable() {
        let first = RegistryGenerator(organisations: 50, products: 20, people: 20, seed: 3)
        let again = RegistryGenerator(organisations: 50, products: 20, people: 20, seed: 3)
        let other = RegistryGenerator(organisations: 50, products: 20, people: 20, seed: 4)
        // The generator writes no booth requests (an empty sheet with its headers).
        for kind in RegistrationSheetKind.allCases where kind != .boothRequests {
            let rows = Array(sequence(state: first.sheet(kind).rows()) { $0.next() })
            #expect(rows == Array(sequence(state: again.sheet(kind).rows()) { $0.next() }))
            #expect(rows != Array(sequence(state: other.sheet(kind).rows()) { $0.next() }))
        }
    }

    @Test("names and codes stay distinct beyond the combinations of activities and places")
    func distinctAtScale() {
        let generator = RegistryGenerator(organisations: 60_000, products: 0, people: 0)
        let indices = Array(0..<200) + Array(25_550..<25_700) + Array(59_800..<60_000)
        #expect(Set(indices.map(generator.organisationName)).count == indices.count)
        #expect(Set(indices.map(generator.registrationCode)).count == indices.count)
        #expect(indices.allSatisfy { RegistrationCode(generator.registrationCode($0)) != nil })
    }
}
