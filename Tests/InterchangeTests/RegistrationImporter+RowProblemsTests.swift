import Foundation
import Interchange
import Planning
import Sheets
import Testing

/// Every problem of a row at once (QA 41 #6, #11).
@Suite("RegistrationImporter: every problem of a row at once")
struct RegistrationImporterRowProblemsTests {
    typealias R = RegistrationImporterTests

    static func workbook() -> Workbook {
        let organisations: [[CellValue]] = [
            [
                .integer(1), .text("Hợp tác xã Nông nghiệp Tân Hòa"), .text("Hợp tác xã"),
                .text("5300100001"),
                .text("Lào Cai"), .text("0912345678"), .integer(25),
            ],
            // Row 4: no name; the kind says «Hợp tác xã».
            [
                .integer(2), .empty, .text("Hợp tác xã"), .text("5300100002"), .text("Lào Cai"), .empty,
                .integer(9),
            ],
        ]
        let products: [[CellValue]] = [
            // Row 3: seven stars and a date that does not exist.
            [
                .integer(1), .text("Rượu ngô"), .text("5300100001"), .text("Rượu trắng"), .integer(7),
                .text("15/QĐ-UBND"), .text("31/02/2025"), .empty,
            ],
            // Row 4: six stars, no decision number or date.
            [
                .integer(2), .text("Rượu táo"), .text("5300100001"), .text("Rượu trắng"), .integer(6), .empty,
                .empty, .empty,
            ],
        ]
        return Workbook(
            sheets: [
                Sheet(
                    name: "Tổ chức", columns: R.organisationColumns, title: "DANH SÁCH TỔ CHỨC",
                    rows: organisations),
                Sheet(
                    name: "Sản phẩm", columns: R.productColumns, title: "DANH SÁCH SẢN PHẨM", rows: products),
            ], metadata: WorkbookMetadata(created: "2026-11-23T08:00:00"))
    }

    @Test(
        "stars out of range are reported beside a bad or missing decision; an unnamed row gets no name finding"
    )
    func everyProblemAtOnce() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("dang-ky-\(UUID().uuidString).ods").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ODSWriter.write(Self.workbook(), to: path)
        let report = try R.importer().check(files: [path])
        for row in [3, 4] {
            let stars = try #require(
                R.problem(report, sheet: "Sản phẩm", row: row, field: .stars), "row \(row)")
            #expect(stars.severity == .error && stars.code == .starsOutOfRange && stars.column == 5)
            #expect(R.problem(report, sheet: "Sản phẩm", row: row, field: .decisionDate)?.severity == .error)
        }
        #expect(R.problem(report, sheet: "Tổ chức", row: 4, field: .organisationName)?.severity == .error)
        #expect(
            !report.problems.contains {
                $0.row == 4 && $0.sheet == "Tổ chức" && $0.code == .nameDoesNotMatchKind
            })
    }
}
