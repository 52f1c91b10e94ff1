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

    @Test("a plan in a folder the user may not write in is read (list, report, export); changes are refused")
    func lockedFolder() throws {
        let cli = try FairPlanProcess.temporary()
        let folder = cli.folder.path
        let files = FileManager.default
        defer {
            try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
            cli.remove()
        }
        try Self.initPlan(cli, "khoa.fairplan")
        try cli.succeed("register", "organisation", "--name", "HTX Chiềng Mai", "--province", "Sơn La")
        try cli.succeed("register", "person", "--name", "Lò Văn Thử", "--organisation", "HTX Chiềng Mai")
        try files.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        // Root writes anywhere: the commands run as `nobody` then, as a colleague without rights would.
        func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
            let process = Process()
            if getuid() == 0 {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
                process.arguments =
                    ["--reuid=65534", "--regid=65534", "--clear-groups", FairPlanProcess.executable.path]
                    + arguments
            } else {
                process.executableURL = FairPlanProcess.executable
                process.arguments = arguments
            }
            process.currentDirectoryURL = cli.folder
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let listed = try run(["list", "organisations", "--plan", "khoa.fairplan"])
        #expect(listed.status == 0 && listed.output.contains("HTX Chiềng Mai"), "\(listed.output)")
        #expect(try run(["report", "--plan", "khoa.fairplan"]).output.contains("HỘI NGHỊ CỤM THI ĐUA"))
        let out = files.temporaryDirectory.appendingPathComponent("fairplan-khoa-\(UUID().uuidString).csv")
        defer { try? files.removeItem(at: out) }
        let exported = try run([
            "export", "attendees", "--format", "csv", "--out", out.path, "--plan", "khoa.fairplan",
        ])
        #expect(exported.status == 0, "\(exported.output)")
        #expect((try? String(contentsOf: out, encoding: .utf8))?.contains("Lò Văn Thử") == true)
        let refused = try run(["register", "organisation", "--name", "HTX Mới", "--province", "Sơn La"])
        #expect(refused.status != 0)
        #expect(refused.output.contains("tệp kế hoạch chỉ được phép đọc"), "\(refused.output)")
        #expect(
            try files.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("khoa") } == ["khoa.fairplan"]
        )
        // Another program's log still pending beside the file: the plan cannot be read whole.
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        try Data(repeating: 1, count: 64).write(to: URL(fileURLWithPath: cli.path("khoa.fairplan-wal")))
        try files.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        let pending = try run(["list", "organisations", "--plan", "khoa.fairplan"])
        #expect(pending.status != 0)
        #expect(pending.output.contains("nhật ký ghi dở (khoa.fairplan-wal)"), "\(pending.output)")
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
