import ArgumentParser
import Foundation
import Planning
import Testing
import Workflow

@testable import fairplan

/// `fairplan edit` and `fairplan remove`, and the confirmation `remove` and `withdraw` ask on a
/// terminal: help in both languages in-process, the questions by driving the built binary.
@Suite("fairplan: edit, remove and confirmations")
struct EditingCommandTests {
    @Test(
        "edit and remove help is worded in both languages",
        arguments: [
            FairPlan.Edit.self, FairPlan.Edit.Organisation.self, FairPlan.Edit.Product.self,
            FairPlan.Edit.Person.self, FairPlan.Edit.Party.self, FairPlan.Edit.Point.self,
            FairPlan.Edit.Session.self, FairPlan.Remove.self, FairPlan.Withdraw.self,
        ] as [any ParsableCommand.Type])
    func help(command: any ParsableCommand.Type) {
        let vietnamese = HelpLanguageTests.help(command, .vietnamese)
        let english = HelpLanguageTests.help(command, .english)
        #expect(vietnamese.contains("CÁCH DÙNG:") && english.contains("USAGE:"))
        #expect(vietnamese != english)
        for phrase in ["Show help information.", "(default: ", "OPTIONS:", "ARGUMENTS:"] {
            #expect(!vietnamese.contains(phrase), "\(command): \(phrase)")
        }
    }

    @Test("every editing help text is worded in Vietnamese and English, differently")
    func catalogue() {
        let target = EntityLabel(kind: .party, id: "dv-htx", name: "HTX Tân Hòa")
        let removal = Removal(target: target, removed: [target], detached: [], freedBooths: ["A-01"])
        let kinds: [EntityKind] = [.organisation, .product, .person, .party, .connectionPoint, .session]
        var texts: [EditingHelp] = [
            .editAbstract, .editDiscussion, .editClear([.address]), .editID, .editColdChain, .editFirst,
            .editLast, .editPersonPoint, .editPartyProducts, .removeAbstract, .removeDiscussion, .removeKind,
            .removeSubject, .removeCascade, .confirmRemove(removal), .confirmWithdraw(party: "HTX Tân Hòa"),
        ]
        texts += kinds.flatMap {
            [
                EditingHelp.editKindAbstract($0), .editKindDiscussion($0, clearable: [.phone]),
                .editSubject($0),
            ]
        }
        for text in texts {
            #expect(!text.text(.vietnamese).isEmpty && !text.text(.english).isEmpty, "\(text)")
            #expect(text.text(.vietnamese) != text.text(.english), "\(text)")
        }
    }

    @Test("with standard input not a terminal, remove and withdraw ask nothing")
    func noQuestionWithoutTerminal() throws {
        let cli = try Self.planWithTwoParties()
        defer { cli.remove() }
        let removed = try Self.run(cli, ["remove", "party", "dv-htx-tan-hoa-2"], input: .nullDevice)
        #expect(removed.status == 0, "\(removed.text)")
        #expect(!removed.error.contains("[c/K]"))
        #expect(removed.output.contains("Đã xóa đơn vị tham gia «HTX Tân Hòa» (mã dv-htx-tan-hoa-2)."))
        let withdrawn = try Self.run(cli, ["withdraw", "HTX Tân Hòa"], input: .nullDevice)
        #expect(withdrawn.status == 0, "\(withdrawn.text)")
        #expect(!withdrawn.error.contains("[c/K]"))
    }

    @Test("on a terminal, remove and withdraw ask: no keeps the plan, yes and --yes go ahead")
    func questionOnTerminal() throws {
        let cli = try Self.planWithTwoParties()
        defer { cli.remove() }
        let declined = try Self.answering("k", cli, ["remove", "party", "dv-htx-tan-hoa-2"])
        #expect(declined.status == 1)
        #expect(declined.error.contains("Sẽ xóa đơn vị tham gia «HTX Tân Hòa» (mã dv-htx-tan-hoa-2)."))
        #expect(declined.error.contains("[c/K]") && declined.error.contains("Đã hủy"))
        #expect(try cli.succeed("list", "parties").contains("dv-htx-tan-hoa-2"))
        let accepted = try Self.answering("c", cli, ["remove", "party", "dv-htx-tan-hoa-2"])
        #expect(accepted.status == 0, "\(accepted.text)")
        #expect(!(try cli.succeed("list", "parties").contains("dv-htx-tan-hoa-2")))
        let english = try Self.answering("no", cli, ["--lang", "en", "withdraw", "HTX Tân Hòa"])
        #expect(english.status == 1)
        #expect(english.error.contains("[y/N]") && english.error.contains("Withdraw the registration"))
        let forced = try Self.answering("", cli, ["withdraw", "HTX Tân Hòa", "--yes"])
        #expect(forced.status == 0, "\(forced.text)")
        #expect(!forced.error.contains("[c/K]"))
    }

    /// A plan file with one organisation and its party registered twice by mistake.
    static func planWithTwoParties() throws -> FairPlanProcess {
        let cli = try FairPlanProcess.temporary()
        try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ sản phẩm HTX tỉnh Lào Cai 2026", "--kind", "fair",
            "--organiser", "Liên minh Hợp tác xã tỉnh Lào Cai", "--province", "Lào Cai", "--from",
            "10/12/2026",
            "--to", "11/12/2026")
        try cli.succeed(
            "register", "organisation", "--name", "Hợp tác xã Nông nghiệp Tân Hòa", "--short-name",
            "HTX Tân Hòa",
            "--province", "Lào Cai", "--code", "5300100001", "--members", "12")
        for _ in 0..<2 {
            try cli.succeed(
                "register", "party", "--name", "HTX Tân Hòa", "--organisation", "HTX Tân Hòa", "--booths", "1"
            )
        }
        return cli
    }

    /// Runs `fairplan` on a terminal, typing `answer` at it.
    static func answering(_ answer: String, _ cli: FairPlanProcess, _ arguments: [String]) throws
        -> FairPlanProcess.Result
    {
        let terminal = try PseudoTerminal.open()
        defer { terminal.close() }
        terminal.type(answer)
        return try run(cli, arguments, input: terminal.terminal)
    }

    /// Runs `fairplan` with `arguments` to the end, with `input` as standard input.
    static func run(_ cli: FairPlanProcess, _ arguments: [String], input: FileHandle) throws
        -> FairPlanProcess.Result
    {
        let process = Process()
        process.executableURL = FairPlanProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        let tag = UUID().uuidString
        let out = cli.folder.appendingPathComponent(".out-\(tag)")
        let err = cli.folder.appendingPathComponent(".err-\(tag)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return FairPlanProcess.Result(
            status: process.terminationStatus, exited: process.terminationReason == .exit,
            output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            error: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
