import Foundation
import Interchange
import Planning
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

    @Test("an import writes once, and a second run is refused as duplicates")
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
            input, context: WorkflowFixture.context)
        #expect(!again.report.isImportable)
        #expect(again.summary == nil)
        #expect(try fixture.store().organisations().count == 2)
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
