import Foundation
import GRDB
import Testing

/// How `fairplan` finds its plan file, and refuses files it must not touch.
@Suite("fairplan: locating and opening the plan file")
struct PlanLocationTests {
    /// Creates a small plan file with `init`.
    static func initPlan(_ cli: FairPlanProcess, _ name: String) throws {
        try cli.succeed(
            "init", name, "--name", "Hội nghị cụm thi đua", "--kind", "conference", "--organiser",
            "Liên minh HTX tỉnh Sơn La", "--province", "Sơn La", "--from", "2026-12-04", "--to", "2026-12-04")
    }

    @Test("no plan file, several plan files, an explicit --plan")
    func locating() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let none = try cli.run("list", "parties")
        #expect(none.status != 0)
        #expect(none.error.contains("Không tìm thấy tệp kế hoạch (*.fairplan)"))

        try Self.initPlan(cli, "mot.fairplan")
        #expect(try cli.succeed("list", "parties").contains("Không có đơn vị tham gia nào."))

        try Self.initPlan(cli, "hai.fairplan")
        let several = try cli.run("list", "parties")
        #expect(several.status != 0)
        #expect(several.error.contains("có 2 tệp kế hoạch (hai.fairplan, mot.fairplan)"))
        #expect(try cli.succeed("report", "--plan", "hai.fairplan").contains("HỘI NGHỊ CỤM THI ĐUA"))

        let wrong = try cli.run(
            "init", "ke-hoach.db", "--name", "X", "--kind", "fair", "--organiser", "Y",
            "--province", "Sơn La", "--from", "04/12/2026", "--to", "04/12/2026")
        #expect(wrong.error.contains("phải có đuôi .fairplan"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("ke-hoach.db")))
    }

    @Test("a plan file from a newer FairPlan is refused, untouched")
    func newerSchema() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try Self.initPlan(cli, "moi.fairplan")
        let queue = try DatabaseQueue(path: cli.path("moi.fairplan"))
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 999") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.path("moi.fairplan")))

        let refused = try cli.run(
            "register", "organisation", "--name", "HTX Chiềng Mai", "--province", "Sơn La")
        #expect(refused.status != 0)
        #expect(refused.error.contains("tệp kế hoạch do phiên bản FairPlan mới hơn tạo (lược đồ 999"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("moi.fairplan"))) == before)
    }

    @Test("import --check works without a plan file, and writes nothing with one")
    func checkOnly() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed("template", "registrations", "--format", "csv", "--out", cli.path("mau"))
        let file = try FilledTemplate(folder: URL(fileURLWithPath: cli.path("mau"))).fill(
            "to-chuc",
            rows: [
                [
                    "Tên tổ chức": "Hợp tác xã Cà phê Chiềng Ban", "Mã số HTX/MST": "5500100001",
                    "Tỉnh/thành phố": "Sơn La", "Số thành viên": "10",
                ]
            ])
        #expect(
            try cli.succeed("import", file, "--check", "--on", "01/12/2026").contains(
                "hợp lệ — sẽ nhập 1 tổ chức"))
        #expect(try cli.run("import", file).status != 0)  // importing needs a plan

        try Self.initPlan(cli, "ke-hoach.fairplan")
        let checked = try cli.succeed("import", file, "--check")
        #expect(checked.contains("không ghi gì"))
        #expect(try cli.succeed("list", "organisations").contains("Không có tổ chức nào."))
    }
}
