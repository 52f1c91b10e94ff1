import Foundation
import Interchange
import Planning
import Sheets
import Store
import Testing
import Workflow

@Suite("Workflow: importing filled templates")
struct ImportRegistrationsTests {
    static func sheet(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("to-chuc.csv")
        try Data(
            """
            Tên tổ chức,Loại hình,Mã số HTX/MST,Tỉnh/thành phố,Số thành viên
            Hợp tác xã Chè Suối Giàng,HTX,5300100002,Yên Bái,9
            Hợp tác xã Mận Bắc Hà,HTX,530010000,Lào Cai,15

            """.utf8
        ).write(to: path)
        return path.path
    }

    @Test("checking without a plan judges on the day passed in and writes nothing")
    func checkWithoutPlan() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var input = ImportRegistrations.Input(files: [try Self.sheet(in: folder)])
        input.checkOnly = true
        let outcome = try ImportRegistrations(plan: nil, folder: folder.path).run(
            input, context: WorkflowFixture.context)
        #expect(outcome.planPath == nil)
        #expect(outcome.summary == nil)
        #expect(outcome.report.batch.organisations.count == 2)
        input.checkOnly = false
        #expect(throws: WorkflowError.noPlanFile(folder: folder.path)) {
            try ImportRegistrations(plan: nil, folder: folder.path).run(
                input, context: WorkflowFixture.context)
        }
    }

    @Test("an import writes once; the same file again is a no-op: every row «đã có», nothing written")
    func importTwice() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let input = ImportRegistrations.Input(files: [try Self.sheet(in: fixture.folder)])
        var announced: [String] = []
        let outcome = try ImportRegistrations(plan: nil, folder: fixture.folder.path).run(
            input, context: WorkflowFixture.context, willWrite: { announced.append($0) })
        #expect(outcome.summary?.added[.organisation] == 2)
        #expect(announced.count == 1)
        let again = try ImportRegistrations(plan: fixture.planPath, folder: "/").run(
            input, context: WorkflowFixture.context, willWrite: { announced.append($0) })
        #expect(again.report.isImportable)
        #expect(again.summary == nil)
        #expect(again.nothingWritten == .nothingWritten(path: fixture.planPath, changesNotApplied: 0))
        #expect(again.report.presentCount == 2)
        #expect(again.report.verdictMessage == .verdictNothingNew(present: 2))
        #expect(announced.count == 1)
        #expect(try fixture.store().organisations().count == 2)
    }

    /// The plan file's bytes, its content dump and its journal's length, with every connection
    /// closed (so the write-ahead log is folded into the file).
    static func snapshot(_ path: String) throws -> (bytes: Data, dump: String, journal: Int) {
        let store = try PlanStore.open(at: path)
        let dump = try store.contentDump()
        let journal = try store.journal().count
        try store.close()
        return (try Data(contentsOf: URL(fileURLWithPath: path)), dump, journal)
    }

    /// The registration template fixtures of the Interchange tests (CSV, one file per sheet).
    static var templateFixtures: [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("InterchangeTests/Fixtures/registrations")
        return ["to-chuc.csv", "san-pham.csv", "dai-bieu.csv"].map { folder.appendingPathComponent($0).path }
    }

    /// A filled template as ODS: number cells (a code without its zero, stars, members), a date
    /// cell, a product named by its owner's code, a delegate by the owner's short name.
    static func filledODS(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("dang-ky.ods").path
        let organisations: [[CellValue]] = [
            [
                .text("Hợp tác xã Chè Shan tuyết Suối Giàng"), .text("HTX Suối Giàng"), .text("HTX"),
                .integer(530_010_002), .text("Yên Bái"), .integer(15),
            ],
            [
                .text("Hợp tác xã Mật ong Bắc Hà"), .empty, .empty, .text("5300100003"), .text("Lào Cai"),
                .integer(8),
            ],
        ]
        let products: [[CellValue]] = [
            [
                .text("Chè Shan tuyết cổ thụ"), .integer(530_010_002), .text("Chè tươi, chế biến"),
                .integer(4),
                .text("215/QĐ-UBND"), .date(SheetDate(year: 2025, month: 3, day: 15)!),
            ],
            [
                .text("Mật ong bạc hà"), .text("Hợp tác xã Mật ong Bắc Hà"), .text("Mật ong"), .empty, .empty,
                .empty,
            ],
        ]
        let delegates: [[CellValue]] = [
            [
                .text("Ông"), .text("Giàng A Dình"), .text("Chủ tịch"), .text("HTX Suối Giàng"),
                .text("0912345678"),
            ],
            [.text("Bà"), .text("Lò Thị Mai"), .text("Giám đốc"), .text("5300100003"), .empty],
        ]
        try ODSWriter.write(
            Workbook(
                sheets: [
                    Sheet(
                        name: "Tổ chức",
                        columns: [
                            "Tên tổ chức", "Tên viết tắt", "Loại hình", "Mã số HTX/MST", "Tỉnh/thành phố",
                            "Số thành viên",
                        ]
                        .map { Column($0) }, rows: organisations),
                    Sheet(
                        name: "Sản phẩm",
                        columns: [
                            "Tên sản phẩm", "Chủ thể", "Bộ sản phẩm OCOP", "Số sao", "Số quyết định",
                            "Ngày quyết định",
                        ]
                        .map { Column($0) }, rows: products),
                    Sheet(
                        name: "Đại biểu",
                        columns: ["Danh xưng", "Họ và tên", "Chức vụ", "Tổ chức", "Điện thoại"].map {
                            Column($0)
                        },
                        rows: delegates),
                ], metadata: WorkbookMetadata(created: "2026-11-23T08:00:00")),
            to: path)
        return path
    }

    @Test(
        "importing any file twice leaves the plan byte-identical and reports every row as already present",
        arguments: ["fixtures", "ods"])
    func importTwiceByteIdentical(files kind: String) throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        var input = ImportRegistrations.Input(
            files: kind == "ods" ? [try Self.filledODS(in: fixture.folder)] : Self.templateFixtures)
        input.skipInvalid = true
        let use = ImportRegistrations(plan: fixture.planPath, folder: "/")
        let first = try use.run(input, context: WorkflowFixture.context)
        let summary = try #require(first.summary)
        #expect(summary.totalAdded > 0)
        let before = try Self.snapshot(fixture.planPath)

        let second = try use.run(input, context: WorkflowFixture.context)
        #expect(second.summary == nil)
        #expect(second.report.isImportable)
        let written = first.report.batch
        #expect(
            second.report.presentCount == written.organisations.count + written.products.count
                + written.people.count)
        #expect(second.report.changedCount == 0)
        let present = second.report.problems.filter {
            if case .alreadyInPlan = $0.message { return true }
            return false
        }
        #expect(present.count == second.report.presentCount)
        let after = try Self.snapshot(fixture.planPath)
        #expect(after.dump == before.dump)
        #expect(after.journal == before.journal)
        #expect(after.bytes == before.bytes)
    }

    @Test(
        "--update writes the changes of rows the plan holds, in one journal entry; without it they are listed"
    )
    func update() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let input = ImportRegistrations.Input(files: [try Self.sheet(in: fixture.folder)])
        let use = ImportRegistrations(plan: fixture.planPath, folder: "/")
        _ = try use.run(input, context: WorkflowFixture.context)
        let path = fixture.folder.appendingPathComponent("to-chuc.csv")
        try Data(
            """
            Tên tổ chức,Loại hình,Mã số HTX/MST,Tỉnh/thành phố,Số thành viên
            Hợp tác xã Chè Suối Giàng,HTX,5300100002,Yên Bái,19
            Hợp tác xã Mận Bắc Hà,HTX,530010000,Lào Cai,15

            """.utf8
        ).write(to: path)
        let before = try Self.snapshot(fixture.planPath)
        let listed = try use.run(input, context: WorkflowFixture.context)
        #expect(listed.summary == nil)
        #expect(listed.nothingWritten == .nothingWritten(path: fixture.planPath, changesNotApplied: 1))
        #expect(listed.report.changedCount == 1 && listed.report.presentCount == 1)
        #expect(try Self.snapshot(fixture.planPath).dump == before.dump)

        var updating = input
        updating.update = true
        let updated = try use.run(updating, context: WorkflowFixture.context)
        #expect(updated.summary?.updated == [.organisation: 1])
        #expect(updated.summary?.totalAdded == 0)
        let store = try fixture.store()
        #expect(try store.organisations().first { $0.name == "Hợp tác xã Chè Suối Giàng" }?.memberCount == 19)
        #expect(try store.journal().count == before.journal + 1)
        try store.close()
        let again = try use.run(updating, context: WorkflowFixture.context)
        #expect(again.summary == nil && again.report.presentCount == 2)
    }

    @Test("a checking day with a plan file is refused")
    func checkingDayWithPlan() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        var input = ImportRegistrations.Input(files: [try Self.sheet(in: fixture.folder)])
        input.checkOnly = true
        input.checkingDay = "16/12/2026"
        #expect(throws: WorkflowError.conflict(.checkingDayWithPlan(path: fixture.planPath))) {
            try ImportRegistrations(plan: fixture.planPath, folder: "/").run(
                input, context: WorkflowFixture.context)
        }
    }
}
