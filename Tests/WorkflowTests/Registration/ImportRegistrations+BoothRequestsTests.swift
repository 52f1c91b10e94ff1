import Foundation
import Interchange
import Planning
import Store
import Testing
import Workflow

@Suite("Workflow: importing booth requests (Đăng ký gian hàng)")
struct ImportRegistrationsBoothRequestsTests {
    /// Writes the organisations, products and booth requests as CSV files (one per sheet); the
    /// alliance asks for `booths` booths. Returns the paths.
    static func files(in folder: URL, booths: Int = 2) throws -> [String] {
        let sheets = [
            "to-chuc.csv": """
            Tên tổ chức,Mã số HTX/MST,Tỉnh/thành phố,Số thành viên
            Hợp tác xã Chè Suối Giàng,5300100002,Lào Cai,9
            Hợp tác xã Mận Bắc Hà,5300100003,Lào Cai,15

            """,
            "san-pham.csv": """
            Tên sản phẩm,Chủ thể,Cần nước/kho lạnh
            Chè Shan tuyết,5300100002,
            Mận hậu tươi,Hợp tác xã Mận Bắc Hà,Có

            """,
            "dang-ky-gian-hang.csv": """
            Đơn vị trưng bày,Tỉnh,Tổ chức,Số gian,Dùng chung với,Sản phẩm trưng bày,Cần nước,Cần kho lạnh,Khu vực mong muốn,Người liên hệ,Điện thoại
            Liên minh HTX tỉnh Lào Cai,Lào Cai,,\(booths),5300100002; Hợp tác xã Mận Bắc Hà,,Có,Có,Gian hàng tỉnh,Lò Thị Mai,0912345678
            HTX Chè Suối Giàng,,5300100002,1,,Chè Shan tuyết,,,,,

            """,
        ]
        return try ["to-chuc.csv", "san-pham.csv", "dang-ky-gian-hang.csv"].map { name in
            let path = folder.appendingPathComponent(name)
            try Data((sheets[name] ?? "").utf8).write(to: path)
            return path.path
        }
    }

    @Test("an import adds pending parties with their requests; again, nothing; a later wave updates in place")
    func importsParties() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let input = ImportRegistrations.Input(files: try Self.files(in: fixture.folder))
        let use = ImportRegistrations(plan: fixture.planPath, folder: "/")

        // --check writes nothing.
        var check = input
        check.checkOnly = true
        let before = try ImportRegistrationsTests.snapshot(fixture.planPath)
        let checked = try use.run(check, context: WorkflowFixture.context)
        #expect(checked.report.errorCount == 0, "\(checked.report.rendered(in: .english))")
        #expect(checked.summary == nil && checked.report.batch.parties.count == 2)
        #expect(try ImportRegistrationsTests.snapshot(fixture.planPath).bytes == before.bytes)

        let outcome = try use.run(input, context: WorkflowFixture.context)
        #expect(outcome.summary?.added[.party] == 2)
        #expect(outcome.summary?.added[.boothRequest] == 2)
        let plan = try fixture.store().loadPlan()
        let alliance = try #require(plan.parties.first { $0.name == "Liên minh HTX tỉnh Lào Cai" })
        #expect(plan.parties.allSatisfy { $0.registrationStatus == .pending })
        #expect(plan.parties.allSatisfy { $0.registeredAt == WorkflowFixture.now })
        #expect(alliance.allianceProvince?.province?.name == "Lào Cai")
        #expect(alliance.contact?.phone == "0912345678")
        let request = try #require(plan.boothRequests.first { $0.party == alliance.id })
        #expect(request.boothsWanted == 2)
        #expect(Set(request.sharingOrganisations) == Set(plan.organisations.map(\.id)))
        #expect(request.products.count == 2)
        #expect(request.servicesNeeded == [.water, .coldStorage])
        #expect(request.preferredZones == ["khu-tinh"])
        let own = try #require(plan.parties.first { $0.name == "HTX Chè Suối Giàng" })
        #expect(
            own.kind
                == .organisation(
                    try #require(plan.organisations.first { $0.name == "Hợp tác xã Chè Suối Giàng" }).id))

        // The same files again: every row «đã có», nothing written.
        let again = try use.run(input, context: WorkflowFixture.context)
        #expect(again.summary == nil && again.report.batch.isEmpty)
        #expect(try fixture.store().loadPlan().parties.count == 2)

        // The next wave asks for 3 booths: reported, then written with --update; status kept.
        _ = try ConfirmRegistrations(store: try fixture.store()).run(
            [alliance.id.rawValue], context: WorkflowFixture.context)
        var wave = ImportRegistrations.Input(files: try Self.files(in: fixture.folder, booths: 3))
        let reported = try use.run(wave, context: WorkflowFixture.context)
        #expect(reported.nothingWritten == .nothingWritten(path: fixture.planPath, changesNotApplied: 1))
        wave.update = true
        let updated = try use.run(wave, context: WorkflowFixture.context)
        #expect(updated.summary?.updated[.boothRequest] == 1)
        let after = try fixture.store().loadPlan()
        #expect(after.parties.count == 2 && after.boothRequests.count == 2)
        #expect(after.boothRequests.first { $0.party == alliance.id }?.boothsWanted == 3)
        #expect(after.parties.first { $0.id == alliance.id }?.registrationStatus == .confirmed)
    }

    @Test("a booth request with an error stops the whole import: nothing of any sheet is written")
    func allOrNothing() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let paths = try Self.files(in: fixture.folder, booths: 0)
        let outcome = try ImportRegistrations(plan: fixture.planPath, folder: "/").run(
            ImportRegistrations.Input(files: paths), context: WorkflowFixture.context)
        #expect(!outcome.report.isImportable && outcome.summary == nil)
        #expect(
            outcome.report.problems.contains {
                $0.sheet == "dang-ky-gian-hang" && $0.row == 2 && $0.column == 4 && $0.field == .boothsWanted
            })
        #expect(try fixture.store().organisations().isEmpty)
    }
}
