import ArgumentParser
import Foundation
import Planning
import Store
import Testing

@testable import fairplan

/// `fairplan history`, `undo`, `redo` and `restore`: the binary across processes, help in both
/// languages, and the journal's help catalogue.
@Suite("fairplan: history, undo, redo, restore")
struct JournalCommandTests {
    /// The shipped venue (30 booths in rows A, B, C; three rooms).
    static let venue = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Venues/trung-tam-hoi-nghi-tinh.xml").path

    @Test("register → undo → redo, each its own process: the plan file is exactly as before and after")
    func undoRedoAcrossProcesses() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ sản phẩm HTX tỉnh Lào Cai 2026", "--kind", "fair",
            "--organiser", "Liên minh Hợp tác xã tỉnh Lào Cai", "--province", "Lào Cai", "--from",
            "10/12/2026",
            "--to", "11/12/2026", "--venue", Self.venue)
        let plan = cli.path("hoi-cho.fairplan")
        #expect(try cli.succeed("history").contains("Nhật ký chưa có thay đổi nào."))
        let nothing = try cli.run("undo")
        #expect(nothing.status == 1)
        #expect(nothing.error.contains("Không có thay đổi nào để hoàn tác."))

        let before = try PlanStore.open(at: plan).contentDump()
        try cli.succeed(
            "register", "organisation", "--name", "Hợp tác xã Chè Suối Giàng", "--province", "Lào Cai",
            "--code",
            "5300100002", "--members", "9")
        let after = try PlanStore.open(at: plan).contentDump()
        #expect(after != before)
        let history = try cli.succeed("history")
        #expect(history.contains("register organisation «Hợp tác xã Chè Suối Giàng»"))
        #expect(history.contains("[đã làm]"))
        #expect(history.contains("thêm 1 tổ chức"))

        let undone = try cli.succeed("undo")
        #expect(undone.contains("Đã hoàn tác thay đổi #1"))
        #expect(try PlanStore.open(at: plan).contentDump() == before)
        #expect(try cli.succeed("--lang", "en", "history").contains("[undone]"))

        let redone = try cli.succeed("redo")
        #expect(redone.contains("Đã làm lại thay đổi #1"))
        #expect(try PlanStore.open(at: plan).contentDump() == after)
        let again = try cli.run("--lang", "en", "redo")
        #expect(again.status == 1)
        #expect(again.error.contains("There is no change to redo"))
        let beyond = try cli.run("undo", "3")
        #expect(beyond.status == 1)
        #expect(beyond.error.contains("nhật ký chỉ có 1 thay đổi có thể hoàn tác"))
    }

    @Test("restore asks nothing with --yes, is one change in the journal and is undone like any other")
    func restore() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ thử", "--kind", "fair", "--organiser",
            "Liên minh HTX",
            "--province", "Lào Cai", "--from", "10/12/2026", "--to", "11/12/2026", "--venue", Self.venue)
        let plan = cli.path("hoi-cho.fairplan")
        for (name, code, party) in [
            ("Hợp tác xã Chè Suối Giàng", "5300100002", "HTX Suối Giàng"),
            ("Hợp tác xã Mận Bắc Hà", "5300100004", "HTX Mận Bắc Hà"),
        ] {
            try cli.succeed(
                "register", "organisation", "--name", name, "--province", "Lào Cai", "--code", code,
                "--members", "9")
            try cli.succeed("register", "party", "--name", party, "--organisation", code, "--booths", "2")
        }
        try cli.succeed("confirm", "HTX Suối Giàng")
        let unknown = try cli.run("restore", "booths", "1", "--yes")
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("chưa công bố phiên bản nào"))
        // With nothing published, no version number is named (QA 41b #9).
        #expect(!unknown.error.contains("phiên bản 1"))
        try cli.succeed("allocate", "booths", "--publish", "--seed", "1", "--iterations", "200")
        try cli.succeed("confirm", "HTX Mận Bắc Hà")
        try cli.succeed("allocate", "booths", "--seed", "1", "--iterations", "200")
        let before = try PlanStore.open(at: plan).contentDump()

        let restored = try cli.succeed("restore", "booths", "1", "--yes")
        #expect(restored.contains("Đã đưa sơ đồ gian hàng đang làm về phiên bản 1 đã công bố"))
        #expect(restored.contains("HTX Mận Bắc Hà: Danh sách chờ"))
        #expect(
            try PlanStore.open(at: plan).boothAssignments().allSatisfy {
                $0.party.rawValue == "dv-htx-suoi-giang"
            })
        let again = try cli.succeed("--lang", "en", "restore", "booths", "1", "--yes")
        #expect(again.contains("already is as version 1; nothing changed"))
        #expect(try cli.succeed("history", "--limit", "1").contains("restore booths «1»"))
        try cli.succeed("undo")
        #expect(try PlanStore.open(at: plan).contentDump() == before)
        let missing = try cli.run("restore", "programme", "1", "--yes")
        #expect(missing.status == 1)
        #expect(missing.error.contains("Chương trình chưa công bố phiên bản nào"))
    }

    @Test(
        "each journal command's help is worded in both languages",
        arguments: [FairPlan.History.self, FairPlan.Undo.self, FairPlan.Redo.self, FairPlan.Restore.self]
            as [any ParsableCommand.Type])
    func help(command: any ParsableCommand.Type) {
        let vietnamese = HelpLanguageTests.help(command, .vietnamese)
        let english = HelpLanguageTests.help(command, .english)
        #expect(vietnamese.contains("CÁCH DÙNG:") && english.contains("USAGE:"))
        #expect(vietnamese != english)
        for phrase in ["Show help information.", "OPTIONS:", "ARGUMENTS:"] {
            #expect(!vietnamese.contains(phrase), "\(command): \(phrase)")
        }
    }

    @Test(
        "every help text of the journal has Vietnamese and English, and they differ",
        arguments: [
            JournalHelp.historyAbstract, .historyDiscussion, .historyLimit, .undoAbstract, .undoDiscussion,
            .undoCount, .redoAbstract, .redoDiscussion, .restoreAbstract, .restoreDiscussion, .restoreTarget,
            .restoreVersion, .restoreQuestion(.boothPlan, version: 2),
            .restoreQuestion(.programme, version: 1),
        ])
    func catalogue(help: JournalHelp) {
        #expect(!help.text(.vietnamese).isEmpty && !help.text(.english).isEmpty)
        #expect(help.text(.vietnamese) != help.text(.english))
        #expect(HelpText.journal(help).text(.english) == help.text(.english))
    }
}
