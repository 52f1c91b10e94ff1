import Foundation
import Planning
import Store
import Testing

/// Issue 11's story, as organisers live it, each step its own `fairplan` process: a party
/// registered twice by mistake is removed; a product's certificate is corrected; a withdrawal is
/// undone and redone; a sponsor's pinned corner booth survives allocation; a swap is published and
/// `changes` shows exactly the swap; a hand-made plan checked clean is published.
@Suite("fairplan: correcting a plan, end to end (issue 11)")
struct CorrectionStoryTests {
    /// The plan as stored.
    static func plan(_ cli: FairPlanProcess) throws -> Plan {
        let store = try PlanStore.open(at: cli.path("hoi-cho.fairplan"), for: .reading)
        defer { try? store.close() }
        return try store.loadPlan()
    }

    /// The booth codes a party holds, by its name.
    static func booths(of name: String, _ cli: FairPlanProcess) throws -> [String] {
        let plan = try plan(cli)
        guard let party = plan.parties.first(where: { $0.name == name }) else { return [] }
        return plan.boothAssignments.filter { $0.party == party.id }.map(\.booth).sorted()
    }

    /// The plan's content, as the journal compares it.
    static func dump(_ cli: FairPlanProcess) throws -> String {
        let store = try PlanStore.open(at: cli.path("hoi-cho.fairplan"), for: .reading)
        defer { try? store.close() }
        return try store.contentDump()
    }

    @Test(
        "register twice → remove; edit a certificate; withdraw → undo → redo; pin → allocate; swap → publish → changes; hand-made → publish"
    )
    func story() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ sản phẩm HTX tỉnh Lào Cai 2026", "--kind", "fair",
            "--organiser", "Liên minh Hợp tác xã tỉnh Lào Cai", "--province", "Lào Cai", "--from",
            "10/12/2026",
            "--to", "12/12/2026", "--venue", LifeCycleTests.venue)
        let organisations = [
            ("Hợp tác xã Tài Trợ Vùng Cao", "5300100006", "HTX Tài Trợ"),
            ("Hợp tác xã Chè Suối Giàng", "5300100002", "HTX Suối Giàng"),
            ("Hợp tác xã Mận Bắc Hà", "5300100003", "HTX Mận Bắc Hà"),
            ("Hợp tác xã Séng Cù", "5300100004", "HTX Séng Cù"),
            ("Hợp tác xã Mây Tre Rút Lui", "5300100005", "HTX Rút Lui"),
        ]
        for (name, code, _) in organisations {
            try cli.succeed(
                "register", "organisation", "--name", name, "--province", "Lào Cai", "--code", code)
        }
        for (_, code, party) in organisations {
            try cli.succeed(
                "register", "party", "--name", party, "--organisation", code, "--booths",
                party == "HTX Suối Giàng" ? "2" : "1")
        }

        // 1. Registered twice by mistake: the copy gets its own identifier and is removed.
        try cli.succeed(
            "register", "party", "--name", "HTX Suối Giàng", "--organisation", "5300100002", "--booths", "2")
        let copy = try #require(try Self.plan(cli).parties.last)
        #expect(copy.id.rawValue.hasSuffix("-2"))
        let removed = try cli.succeed("remove", "party", copy.id.rawValue, "--yes")
        #expect(removed.contains(copy.id.rawValue))
        #expect(try Self.plan(cli).parties.count == organisations.count)
        #expect(try !Self.plan(cli).parties.contains { $0.id == copy.id })

        // 2. A product's certificate corrected.
        try cli.succeed(
            "register", "product", "--name", "Chè Shan tuyết Suối Giàng", "--owner", "5300100002", "--stars",
            "4",
            "--decision", "1234/QĐ-UBND", "--decision-date", "01/03/2025", "--issuing-body",
            "UBND tỉnh Lào Cai",
            "--issuing-level", "province")
        try cli.succeed(
            "edit", "product", "Chè Shan tuyết Suối Giàng", "--decision", "2919/QĐ-UBND", "--decision-date",
            "15/06/2025")
        let recognition = try #require(try Self.plan(cli).products.first?.recognition)
        #expect(recognition.decisionNumber == "2919/QĐ-UBND")
        #expect(recognition.decisionDate == CalendarDate(year: 2025, month: 6, day: 15))
        #expect(recognition.stars == 4 && recognition.issuingBody == "UBND tỉnh Lào Cai")

        // 3. Withdraw → undo → redo, exact to the plan's content.
        try cli.succeed(
            "confirm", "HTX Tài Trợ", "HTX Suối Giàng", "HTX Mận Bắc Hà", "HTX Séng Cù", "HTX Rút Lui")
        let beforeWithdrawal = try Self.dump(cli)
        try cli.succeed("withdraw", "HTX Rút Lui", "--yes")
        let withdrawn = try Self.dump(cli)
        #expect(
            try Self.plan(cli).parties.first { $0.name == "HTX Rút Lui" }?.registrationStatus == .withdrawn)
        try cli.succeed("undo")
        #expect(try Self.dump(cli) == beforeWithdrawal)
        #expect(
            try Self.plan(cli).parties.first { $0.name == "HTX Rút Lui" }?.registrationStatus == .confirmed)
        try cli.succeed("redo")
        #expect(try Self.dump(cli) == withdrawn)

        // 4. The sponsor's corner booth, pinned, is kept by allocation, which says so.
        try cli.succeed("assign", "booths", "HTX Tài Trợ", "A-01")
        try cli.succeed("pin", "HTX Tài Trợ")
        let allocated = try cli.succeed("allocate", "booths", "--publish", "--iterations", "2000")
        #expect(allocated.contains("Giữ nguyên gian đã ghim của «HTX Tài Trợ»: A-01."))
        #expect(try Self.booths(of: "HTX Tài Trợ", cli) == ["A-01"])
        #expect(try Self.booths(of: "HTX Rút Lui", cli).isEmpty)
        let manBooths = try Self.booths(of: "HTX Mận Bắc Hà", cli)
        let sengBooths = try Self.booths(of: "HTX Séng Cù", cli)
        #expect(manBooths.count == 1 && sengBooths.count == 1)

        // 5. Swap → publish → `changes` shows exactly the swap.
        try cli.succeed("swap", "HTX Mận Bắc Hà", "HTX Séng Cù")
        #expect(try Self.booths(of: "HTX Mận Bắc Hà", cli) == sengBooths)
        #expect(try Self.booths(of: "HTX Séng Cù", cli) == manBooths)
        let published = try cli.succeed("publish", "booths", "--note", "Đổi gian theo đề nghị")
        #expect(published.contains("phiên bản 2"))
        let changes = try cli.succeed("changes", "1", "2")
        let changed = changes.split(separator: "\n").filter { $0.contains("HTX ") }
        #expect(changed.count == 2, "\(changes)")
        #expect(changed.contains { $0.contains("HTX Mận Bắc Hà") && $0.contains(sengBooths[0]) })
        #expect(changed.contains { $0.contains("HTX Séng Cù") && $0.contains(manBooths[0]) })
        #expect(!changes.contains("HTX Tài Trợ") && !changes.contains("HTX Suối Giàng"))

        // 6. A hand-made plan, checked clean, is published.
        try Data(
            """
            Đơn vị tham gia,Gian hàng
            HTX Tài Trợ,A-01
            HTX Suối Giàng,"B-01, B-02"
            HTX Mận Bắc Hà,C-01
            HTX Séng Cù,C-05

            """.utf8
        ).write(to: URL(fileURLWithPath: cli.path("so-do-tay.csv")))
        try cli.succeed("check", "booths", "so-do-tay.csv")
        let handMade = try cli.succeed("check", "booths", "so-do-tay.csv", "--publish", "--note", "Lập tay")
        #expect(handMade.contains("phiên bản 3"))
        #expect(try Self.booths(of: "HTX Suối Giàng", cli) == ["B-01", "B-02"])
        #expect(try Self.booths(of: "HTX Séng Cù", cli) == ["C-05"])
        let history = try cli.succeed("history")
        #expect(history.contains("publish booths") && history.contains("check booths --publish"))
    }
}
