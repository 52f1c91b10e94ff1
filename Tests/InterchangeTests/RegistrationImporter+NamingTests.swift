import Interchange
import Planning
import Sheets
import Testing

@Suite("RegistrationImporter: naming organisations through Planning's resolver")
struct RegistrationImporterNamingTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 16)!

    /// Checks the sheets against `plan` (an empty checking plan by default), skipping invalid rows
    /// so the batch shows what every valid row resolved to.
    static func check(_ sheets: [ReadSheet], plan: Plan? = nil) -> RegistrationReport {
        RegistrationImporter(plan: plan ?? RegistrationImporter.checkingPlan(on: day), skipInvalid: true)
            .check([ReadWorkbook(fileName: "dang-ky.ods", sheets: sheets)])
    }

    /// A sheet with a header row and data rows numbered from 2.
    static func sheet(_ name: String, _ header: [String], _ rows: [[CellValue]]) -> ReadSheet {
        ReadSheet(
            name: name, rows: [header.map(CellValue.text)] + rows, rowNumbers: Array(1...(rows.count + 1)))
    }

    /// A products sheet whose products name their owners as given.
    static func products(_ owners: [CellValue]) -> ReadSheet {
        sheet(
            "Sản phẩm", ["Tên sản phẩm", "Chủ thể"],
            owners.enumerated().map { [.text("Sản phẩm \($0.offset + 1)"), $0.element] })
    }

    /// The problem with the owner column of a product row.
    static func ownerProblem(_ report: RegistrationReport, row: Int) -> SheetProblem? {
        report.problems.first { $0.sheet == "Sản phẩm" && $0.row == row && $0.field == .productOwner }
    }

    @Test("names differing only in tones are different organisations; without diacritics both are candidates")
    func tones() throws {
        let report = Self.check([
            Self.sheet(
                "Tổ chức", ["Tên tổ chức", "Mã số HTX/MST", "Tỉnh/thành phố"],
                [
                    [.text("Hợp tác xã Nông nghiệp Tân Hòa"), .text("1900123456"), .text("Cà Mau")],
                    [.text("Hợp tác xã Nông nghiệp Tấn Hòa"), .text("1900123457"), .text("Cà Mau")],
                ]),
            Self.products([
                .text("HTX NN Tân Hòa"), .text("HTX NN Tấn Hòa"), .text("Hợp tác xã Nông nghiệp Tấn Hoà"),
                .text("HTX NN Tan Hoa"), .text("Công ty Tân Hòa"),
            ]),
        ])
        #expect(report.batch.organisations.count == 2)
        let tanHoa = try #require(report.batch.organisations.first { $0.name.hasSuffix("Tân Hòa") })
        let tanHoaWithAcute = try #require(report.batch.organisations.first { $0.name.hasSuffix("Tấn Hòa") })
        #expect(tanHoa.id != tanHoaWithAcute.id)
        #expect(report.batch.products.map(\.owner) == [tanHoa.id, tanHoaWithAcute.id, tanHoaWithAcute.id])

        let ambiguous = try #require(Self.ownerProblem(report, row: 5))
        #expect(ambiguous.severity == .error)
        guard case .organisationAmbiguous("HTX NN Tan Hoa", let candidates) = ambiguous.message else {
            Issue.record("unexpected \(ambiguous.message)")
            return
        }
        #expect(candidates.count == 2)
        // Each candidate with its identifier (and code, province when it has them), as the command
        // line lists them (QA 43 #4).
        #expect(candidates.contains { $0.hasPrefix("\(tanHoa.name) (\(tanHoa.id.rawValue)") })
        #expect(
            candidates.contains { $0.hasPrefix("\(tanHoaWithAcute.name) (\(tanHoaWithAcute.id.rawValue)") })
        #expect(candidates.allSatisfy { $0.contains("(tc-") }, "\(candidates)")

        let unknown = try #require(Self.ownerProblem(report, row: 6))
        guard case .organisationNotFound("Công ty Tân Hòa", let suggestions) = unknown.message else {
            Issue.record("unexpected \(unknown.message)")
            return
        }
        #expect(suggestions.contains(tanHoa.name))
    }

    @Test("a code that lost its leading zero names its organisation in products and delegates")
    func lostLeadingZero() throws {
        var plan = RegistrationImporter.checkingPlan(on: Self.day)
        let existing = Organisation(
            id: "tc-tan-hoa", name: "Hợp tác xã Nông nghiệp Tân Hòa", kind: .cooperative,
            sector: .agricultural,
            registrationCode: "0305100001", province: ProvinceReference("Hồ Chí Minh"), memberCount: 12)
        plan.organisations.append(existing)
        let report = Self.check(
            [
                Self.products([.integer(305_100_001), .text("305100001"), .text("0305100001")]),
                Self.sheet(
                    "Đại biểu", ["Họ và tên", "Tổ chức"], [[.text("Lò Thị Mai"), .text("305100001")]]),
            ], plan: plan)
        #expect(report.errorCount == 0)
        #expect(!report.problems.contains { $0.field == .productOwner || $0.field == .delegateOrganisation })
        #expect(report.batch.products.map(\.owner) == [existing.id, existing.id, existing.id])
        #expect(report.batch.people.map(\.organisation) == [existing.id])
    }

    @Test("identifiers come from Planning's maker: short name first, numbered when taken")
    func identifiers() {
        var plan = RegistrationImporter.checkingPlan(on: Self.day)
        plan.organisations.append(
            Organisation(
                id: "tc-htx-tan-hoa", name: "HTX Tân Hòa cũ", kind: .cooperative, sector: .agricultural,
                registrationCode: nil, province: ProvinceReference("Cà Mau")))
        let report = Self.check(
            [
                Self.sheet(
                    "Tổ chức", ["Tên tổ chức", "Tên viết tắt", "Tỉnh/thành phố"],
                    [[.text("Hợp tác xã Nông nghiệp Tân Hòa"), .text("HTX Tân Hòa"), .text("Cà Mau")]]),
                Self.products([.text("HTX Tân Hòa")]),
            ], plan: plan)
        #expect(report.batch.organisations.map(\.id) == ["tc-htx-tan-hoa-2"])
        #expect(report.batch.products.map(\.id) == ["sp-san-pham-1"])
    }
}
