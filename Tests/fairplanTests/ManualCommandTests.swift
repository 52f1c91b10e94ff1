import ArgumentParser
import Foundation
import Planning
import Testing

@testable import fairplan

/// The commands by hand: their help in both languages, how `pin` and `unpin` read their
/// arguments, and one run of the built binary (exit statuses, what is printed).
@Suite("fairplan: assign, move, swap, pin, unpin, place, check --publish")
struct ManualCommandTests {
    @Test(
        "every command by hand has its help in both languages",
        arguments: [
            FairPlan.Assign.self, FairPlan.Move.self, FairPlan.Swap.self, FairPlan.Pin.self,
            FairPlan.Pin.Booths.self, FairPlan.Pin.Session.self, FairPlan.Unpin.self,
            FairPlan.Unpin.Booths.self,
            FairPlan.Unpin.Session.self, FairPlan.Place.self,
        ] as [any ParsableCommand.Type])
    func help(command: any ParsableCommand.Type) {
        let vietnamese = HelpLanguageTests.help(command, .vietnamese)
        let english = HelpLanguageTests.help(command, .english)
        #expect(vietnamese.contains("CÁCH DÙNG:") && english.contains("USAGE:"))
        #expect(vietnamese != english)
        for phrase in ["Show help information.", "OPTIONS:", "ARGUMENTS:"] {
            #expect(!vietnamese.contains(phrase), "\(command): \(phrase)")
        }
    }

    @Test("the help catalogue is worded in both languages, differently")
    func catalogue() {
        let cases: [ManualHelp] = [
            .assignAbstract, .assignDiscussion, .assignTarget, .assignParty, .assignBooths, .moveAbstract,
            .moveDiscussion, .moveParty, .moveBooths, .swapAbstract, .swapDiscussion, .swapFirst, .swapSecond,
            .pinAbstract, .pinDiscussion, .unpinAbstract, .unpinDiscussion, .pinBoothsAbstract(pin: true),
            .pinBoothsAbstract(pin: false), .pinSessionAbstract(pin: true), .pinSessionAbstract(pin: false),
            .pinParty, .sessionArgument, .placeAbstract, .placeDiscussion, .placeTarget, .placeRoom,
            .placeStart, .force, .checkPublish, .publishAbstract, .publishDiscussion, .publishTarget,
        ]
        for help in cases {
            #expect(!help.text(.vietnamese).isEmpty && !help.text(.english).isEmpty, "\(help)")
            #expect(help.text(.vietnamese) != help.text(.english), "\(help)")
            // No run of spaces inside a sentence (a line continued without its backslash; QA 40).
            for language in Language.allCases {
                #expect(!help.text(language).contains("  "), "\(help) (\(language))")
            }
        }
    }

    @Test("`pin PARTY` pins booths; `pin session S` a session; `unpin` the same")
    func pinArguments() throws {
        let party = try #require(
            try FairPlan.parseAsRoot(["pin", "HTX Tân Hòa", "--force"]) as? FairPlan.Pin.Booths)
        #expect(party.party == "HTX Tân Hòa" && party.force)
        let explicit = try #require(
            try FairPlan.parseAsRoot(["pin", "booths", "HTX Tân Hòa"]) as? FairPlan.Pin.Booths)
        #expect(explicit.party == "HTX Tân Hòa" && !explicit.force)
        let session = try #require(
            try FairPlan.parseAsRoot(["pin", "session", "Khai mạc"]) as? FairPlan.Pin.Session)
        #expect(session.session == "Khai mạc")
        let unpin = try #require(
            try FairPlan.parseAsRoot(["unpin", "HTX Tân Hòa"]) as? FairPlan.Unpin.Booths)
        #expect(unpin.party == "HTX Tân Hòa")
        #expect(try FairPlan.parseAsRoot(["unpin", "session", "Khai mạc"]) is FairPlan.Unpin.Session)
    }

    @Test("the binary assigns, refuses a broken block (exit 1), pins, keeps the pin, publishes a clean sheet")
    func endToEnd() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ HTX 2026", "--kind", "fair", "--organiser",
            "Liên minh HTX tỉnh Lào Cai", "--province", "Lào Cai", "--from", "10/12/2026", "--to",
            "11/12/2026",
            "--venue", LifeCycleTests.venue)
        try cli.succeed(
            "register", "organisation", "--name", "Hợp tác xã Tài Trợ", "--province", "Lào Cai", "--code",
            "5300100006")
        try cli.succeed(
            "register", "organisation", "--name", "Hợp tác xã Suối Giàng", "--province", "Lào Cai", "--code",
            "5300100002")
        try cli.succeed(
            "register", "party", "--name", "HTX Tài Trợ", "--organisation", "5300100006", "--booths", "1")
        try cli.succeed(
            "register", "party", "--name", "HTX Suối Giàng", "--organisation", "5300100002", "--booths", "2")
        try cli.succeed("confirm", "HTX Tài Trợ", "HTX Suối Giàng")
        let broken = try cli.run("assign", "booths", "HTX Suối Giàng", "A-01", "A-05")
        #expect(broken.status == 1)
        #expect(broken.error.contains("quy tắc bắt buộc") && broken.error.contains("--force"))
        let assigned = try cli.succeed("assign", "booths", "HTX Tài Trợ", "a-01")
        #expect(assigned.contains("«HTX Tài Trợ»: nhận gian A-01."))
        #expect(try cli.succeed("pin", "HTX Tài Trợ").contains("Đã ghim gian A-01"))
        let allocated = try cli.succeed("allocate", "booths", "--iterations", "500")
        #expect(allocated.contains("Giữ nguyên gian đã ghim của «HTX Tài Trợ»: A-01."))
        try Data("Đơn vị tham gia,Gian hàng\nHTX Tài Trợ,A-01\nHTX Suối Giàng,\"B-01, B-02\"\n".utf8)
            .write(to: URL(fileURLWithPath: cli.path("so-do-tay.csv")))
        let published = try cli.succeed("check", "booths", "so-do-tay.csv", "--publish", "--note", "Lập tay")
        #expect(published.contains("phiên bản 1"))
        try Data("Đơn vị tham gia,Gian hàng\nHTX Tài Trợ,A-02\nHTX Suối Giàng,\"B-01, B-02\"\n".utf8)
            .write(to: URL(fileURLWithPath: cli.path("so-do-sai.csv")))
        let refused = try cli.run("check", "booths", "so-do-sai.csv", "--publish")
        #expect(refused.status == 1 && refused.output.contains("Không công bố"))
    }
}
