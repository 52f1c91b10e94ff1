import Foundation
import Store
import Testing
import Workflow

/// `fairplan user add|list|remove`: the staff accounts of the portal, with the password read at a
/// terminal (twice, no echo) or from standard input, and kept only as a bcrypt hash.
@Suite("fairplan: staff accounts")
struct UserCommandTests {
    /// A plan file made by `init` in a temporary folder.
    static func planFolder() throws -> FairPlanProcess {
        let cli = try FairPlanProcess.temporary()
        try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ sản phẩm HTX tỉnh Lai Châu 2026", "--kind", "fair",
            "--organiser", "Liên minh Hợp tác xã tỉnh Lai Châu", "--province", "Lai Châu", "--from",
            "10/12/2026",
            "--to", "11/12/2026", "--venue", JournalCommandTests.venue)
        return cli
    }

    /// Runs `fairplan` with `input` on standard input (a pipe).
    static func run(_ cli: FairPlanProcess, _ arguments: [String], input: String) throws
        -> FairPlanProcess.Result
    {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(input.utf8))
        try pipe.fileHandleForWriting.close()
        return try EditingCommandTests.run(cli, arguments, input: pipe.fileHandleForReading)
    }

    @Test("add from standard input, list, refuse a second account of the same name, remove")
    func addListRemove() throws {
        let cli = try Self.planFolder()
        defer { cli.remove() }
        let password = "mat-khau-cua-lan-2026"
        let added = try Self.run(
            cli, ["user", "add", "lan.nguyen", "--role", "staff"], input: password + "\n")
        #expect(added.status == 0, "\(added.text)")
        #expect(added.output.contains("Đã tạo tài khoản «lan.nguyen» (cán bộ)."))
        let admin = try Self.run(cli, ["user", "add", "quan.tri", "--role", "admin"], input: password + "\n")
        #expect(admin.status == 0)
        let list = try cli.succeed("user", "list")
        #expect(list.contains("lan.nguyen\tcán bộ"))
        #expect(list.contains("quan.tri\tquản trị"))
        let again = try Self.run(cli, ["user", "add", "lan.nguyen"], input: password + "\n")
        #expect(again.status != 0)
        #expect(again.error.contains("lan.nguyen"))

        let store = try PlanStore.open(at: cli.path("hoi-cho.fairplan"), for: .reading)
        let account = try #require(try store.account(named: "lan.nguyen"))
        #expect(account.passwordHash.hasPrefix("$2b$12$"))
        try store.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: cli.path("hoi-cho.fairplan")))
        #expect(bytes.range(of: Data(password.utf8)) == nil)
        #expect(try cli.succeed("history").contains("Nhật ký chưa có thay đổi nào."))

        #expect(try cli.succeed("user", "remove", "lan.nguyen").contains("Đã xóa tài khoản «lan.nguyen»."))
        #expect(!(try cli.succeed("user", "list")).contains("lan.nguyen"))
        let unknown = try cli.run("user", "remove", "lan.nguyen")
        #expect(unknown.status != 0)
    }

    @Test("a short password, a bad name or role are refused with what is expected; nothing is written")
    func refusals() throws {
        let cli = try Self.planFolder()
        defer { cli.remove() }
        let short = try Self.run(cli, ["user", "add", "lan.nguyen"], input: "ngan\n")
        #expect(short.status != 0)
        #expect(short.error.contains("mật khẩu cần từ 10 đến 72 byte"))
        #expect(!short.error.contains("ngan"))
        let name = try Self.run(cli, ["user", "add", "lan nguyen"], input: "mat-khau-du-dai\n")
        #expect(name.status != 0)
        #expect(name.error.contains("tên tài khoản"))
        let role = try Self.run(
            cli, ["user", "add", "lan.nguyen", "--role", "boss"], input: "mat-khau-du-dai\n")
        #expect(role.status != 0)
        #expect(role.error.contains("staff"))
        #expect(try cli.succeed("user", "list").contains("Chưa có tài khoản nào"))
    }

    @Test("--password-file reads the first line (CRLF too); a missing, oversized or special file is refused")
    func passwordFile() throws {
        let cli = try Self.planFolder()
        defer { cli.remove() }
        let file = cli.folder.appendingPathComponent("mat-khau.txt")
        try Data("mat-khau-tu-tep-2026\r\ndong-thu-hai\n".utf8).write(to: file)
        let added = try cli.run("user", "add", "lan.nguyen", "--password-file", file.path)
        #expect(added.status == 0, "\(added.text)")
        let store = try PlanStore.open(at: cli.path("hoi-cho.fairplan"), for: .reading)
        defer { try? store.close() }
        #expect(try SignIn(store: store).run(name: "lan.nguyen", password: "mat-khau-tu-tep-2026") != nil)
        let missing = try cli.run("user", "add", "ha.tran", "--password-file", "khong-co.txt")
        #expect(missing.status != 0)
        #expect(missing.error.contains("--password-file") && missing.error.contains("khong-co.txt"))
        try Data(repeating: 0x61, count: 5000).write(to: file)
        #expect(try cli.run("user", "add", "ha.tran", "--password-file", file.path).status != 0)
        #expect(try cli.run("user", "add", "ha.tran", "--password-file", "/dev/zero").status != 0)
        #expect(try store.account(named: "ha.tran") == nil)
    }

    @Test("at a terminal the password is asked twice; two different entries are refused")
    func terminal() throws {
        let cli = try Self.planFolder()
        defer { cli.remove() }
        let terminal = try PseudoTerminal.open()
        defer { terminal.close() }
        terminal.type("mat-khau-thu-nhat")
        terminal.type("mat-khau-thu-hai!")
        let differ = try EditingCommandTests.run(
            cli, ["user", "add", "lan.nguyen"], input: terminal.terminal)
        #expect(differ.status != 0)
        #expect(differ.error.contains("Hai lần nhập mật khẩu không khớp nhau"))
        let same = try PseudoTerminal.open()
        defer { same.close() }
        same.type("mat-khau-giong-nhau")
        same.type("mat-khau-giong-nhau")
        let added = try EditingCommandTests.run(cli, ["user", "add", "lan.nguyen"], input: same.terminal)
        #expect(added.status == 0, "\(added.text)")
        #expect(!added.text.contains("mat-khau-giong-nhau"))
    }
}
