import Planning
import Sheets
import Testing

@testable import Interchange

@Suite("RegistrationImporter: what a certificate's validity says is beside the cell that set it")
struct RegistrationImporterValidityTests {
    typealias Sample = RegistrationBoothSample

    /// The check of one cooperative's product with a certificate decided `decided`, valid until
    /// `until` when given.
    static func check(decided: String, until: String?) -> RegistrationReport {
        let organisation: [String: CellValue] = [
            "Tên tổ chức": .text("Hợp tác xã Chè Suối Giàng Thử"), "Mã số HTX/MST": .text("5300100301"),
            "Tỉnh/thành phố": .text("Lào Cai"), "Số thành viên": .integer(9),
        ]
        var product: [String: CellValue] = [
            "Tên sản phẩm": .text("Chè Shan tuyết Thử"), "Chủ thể": .text("5300100301"),
            "Bộ sản phẩm OCOP": .text("Chè tươi, chế biến"), "Số sao": .integer(4),
            "Số quyết định": .text("215/QĐ-UBND"), "Ngày quyết định": .text(decided),
        ]
        if let until { product["Hiệu lực đến"] = .text(until) }
        return Sample.check([
            Sample.read(
                Workbook(
                    sheets: [
                        Sample.sheet(.organisations, [organisation], title: false),
                        Sample.sheet(.products, [product], title: false),
                    ],
                    metadata: WorkbookMetadata(title: "Đăng ký", generator: "FairPlan tests", created: "")))
        ])
    }

    @Test("an expiry set by «Hiệu lực đến» is reported there; one set by the decision date, there (QA 43)")
    func expiryBesideItsCell() {
        let expiryCodes: Set<FindingCode> = [
            .certificateExpired, .certificateExpiresDuringEvent, .certificateRenewalDue,
        ]
        let written = Self.check(decided: "15/03/2024", until: "01/01/2027")
        let withUntil = written.problems.filter { $0.code.map(expiryCodes.contains) == true }
        #expect(!withUntil.isEmpty, "\(written.problems)")
        #expect(withUntil.allSatisfy { $0.field == .validUntil }, "\(withUntil)")
        let derived = Self.check(decided: "15/03/2021", until: nil)
        let fromDate = derived.problems.filter { $0.code.map(expiryCodes.contains) == true }
        #expect(!fromDate.isEmpty, "\(derived.problems)")
        #expect(fromDate.allSatisfy { $0.field == .decisionDate })
    }
}
