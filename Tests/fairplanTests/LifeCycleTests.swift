import Foundation
import Planning
import Store
import Testing

/// Drives the built `fairplan` binary through a fair's life cycle on a temporary plan file.
@Suite("fairplan: life cycle of a plan file")
struct LifeCycleTests {
    /// The shipped venue used (30 booths in rows A, B, C; three rooms).
    static let venue = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Venues/trung-tam-hoi-nghi-tinh.xml").path

    @Test("init → venue use → register → import → list → confirm → withdraw → changes → export → report")
    func lifeCycle() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }

        // init, refusing an existing file
        let created = try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ sản phẩm HTX tỉnh Lào Cai 2026", "--kind", "fair",
            "--organiser", "Liên minh Hợp tác xã tỉnh Lào Cai", "--province", "Lào Cai", "--from",
            "10/12/2026", "--to", "13/12/2026")
        #expect(created.contains("Đã tạo tệp kế hoạch hoi-cho.fairplan"))
        let again = try cli.run(
            "init", "hoi-cho.fairplan", "--name", "X", "--kind", "fair", "--organiser", "Y", "--province",
            "Lào Cai", "--from", "10/12/2026", "--to", "10/12/2026")
        #expect(again.status != 0)
        #expect(again.error.contains("tệp đã tồn tại"))

        // venue use
        let venue = try cli.succeed("venue", "use", Self.venue)
        #expect(venue.contains("30 gian hàng"))

        // register by hand: the duplicate registration code is refused, nothing written
        try cli.succeed(
            "register", "organisation", "--name", "Hợp tác xã Nông nghiệp Tân Hòa", "--short-name",
            "HTX Tân Hòa", "--province", "Lào Cai", "--code", "5300100001", "--members", "12")
        let duplicate = try cli.run(
            "register", "organisation", "--name", "Hợp tác xã Chè Suối Giàng", "--province", "Yên Bái",
            "--code", "5300100001", "--members", "9")
        #expect(duplicate.status != 0)
        #expect(duplicate.error.contains("organisation.duplicate-registration-code"))
        try cli.succeed(
            "register", "product", "--name", "Gạo Séng Cù Tân Hòa", "--owner", "5300100001", "--set",
            "Gạo, ngũ cốc, hạt sơ chế khác", "--stars", "4", "--decision", "215/QĐ-UBND",
            "--decision-date", "15/03/2025", "--issuing-level", "province")
        try cli.succeed(
            "register", "person", "--name", "Lò Thị Mai", "--position", "Giám đốc", "--organisation",
            "HTX Tân Hòa")

        // import a filled template: organisations, a product and a delegate of the second wave
        let template = URL(fileURLWithPath: cli.path("mau"))
        try cli.succeed("template", "registrations", "--format", "csv", "--out", template.path)
        let filled = FilledTemplate(folder: template)
        let organisations = try filled.fill(
            "to-chuc",
            rows: [
                [
                    "Tên tổ chức": "Hợp tác xã Chè Shan tuyết Suối Giàng", "Tên viết tắt": "HTX Suối Giàng",
                    "Loại hình": "HTX", "Mã số HTX/MST": "5300100002", "Tỉnh/thành phố": "Yên Bái",
                    "Số thành viên": "15",
                ],
                [
                    "Tên tổ chức": "Hợp tác xã Mật ong Bắc Hà", "Loại hình": "HTX",
                    "Mã số HTX/MST": "5300100003",
                    "Tỉnh/thành phố": "Lào Cai", "Số thành viên": "8",
                ],
            ])
        let products = try filled.fill(
            "san-pham",
            rows: [["Tên sản phẩm": "Chè Shan tuyết cổ thụ", "Chủ thể": "HTX Suối Giàng", "Số sao": ""]])
        let delegates = try filled.fill(
            "dai-bieu",
            rows: [["Họ và tên": "Giàng A Dình", "Tổ chức": "HTX Suối Giàng", "Chức vụ": "Chủ tịch"]])
        let imported = try cli.succeed("import", organisations, products, delegates)
        #expect(imported.contains("Đã nhập vào hoi-cho.fairplan"))
        // the same files again: every row already in the plan («đã có»), nothing written, exit 0
        let second = try cli.succeed("import", organisations, products, delegates)
        #expect(second.contains("Đã có trong kế hoạch"))
        #expect(second.contains("Kết quả: không có gì mới — 4 dòng đã có trong kế hoạch; không ghi gì."))
        #expect(second.contains("Không ghi gì vào"))

        // list
        let listed = try cli.succeed("list", "organisations")
        #expect(listed.contains("Tổng: 3 tổ chức."))
        let names = listed.split(separator: "\n").compactMap { line in
            ["Chè Shan", "Mật ong", "Nông nghiệp"].first { line.contains($0) }
        }
        #expect(names == ["Chè Shan", "Mật ong", "Nông nghiệp"])  // Vietnamese order: C < M < N
        #expect(try cli.succeed("list", "people").contains("Giàng A Dình"))
        #expect(try cli.succeed("list", "products").contains("Tổng: 2 sản phẩm."))

        // parties, confirmed; Điện Biên wants 24 booths, more than any block of the hall (20)
        try cli.succeed(
            "register", "party", "--name", "Liên minh HTX tỉnh Lào Cai", "--province", "Lào Cai", "--booths",
            "2", "--share", "HTX Tân Hòa,5300100003")
        try cli.succeed(
            "register", "party", "--name", "HTX Suối Giàng", "--organisation", "HTX Suối Giàng", "--booths",
            "1", "--priority", "1")
        try cli.succeed(
            "register", "party", "--name", "Liên minh HTX tỉnh Điện Biên", "--province", "Điện Biên",
            "--booths", "24")
        #expect(
            try cli.succeed("list", "parties", "--status", "pending").contains("Tổng: 3 đơn vị tham gia."))
        let confirmed = try cli.succeed(
            "confirm", "Liên minh HTX tỉnh Lào Cai", "dv-htx-suoi-giang", "Liên minh HTX tỉnh Điện Biên")
        #expect(confirmed.contains("Chờ xác nhận → Đã xác nhận"))

        // allocate and publish in one transaction; the party that cannot be placed is waitlisted
        let allocated = try cli.succeed(
            "allocate", "booths", "--publish", "--note", "Gửi các đơn vị lần 1", "--iterations", "500",
            "--explain")
        #expect(allocated.contains("Đã xếp 2/3 đơn vị vào 3 gian"))
        // --explain states the upper bound no booth plan can exceed, and the gap to it.
        #expect(allocated.contains("Cận trên của tổng điểm: ") && allocated.contains("% cận trên, cách "))
        #expect(allocated.contains("Liên minh HTX tỉnh Điện Biên (Điện Biên, cần 24 gian)"))
        #expect(allocated.contains("Đã lưu và công bố sơ đồ gian hàng, phiên bản 1."))
        #expect(allocated.contains("Liên minh HTX tỉnh Điện Biên: Danh sách chờ"))
        let store = try PlanStore.open(at: cli.path("hoi-cho.fairplan"))
        let alliance = Identifier<ExhibitingParty>("dv-lien-minh-htx-tinh-lao-cai")
        let laoCaiBooths = try store.boothAssignments().filter { $0.party == alliance }.map(\.booth).sorted()
        let suoiGiang = try store.boothAssignments().filter { $0.party == "dv-htx-suoi-giang" }.map(\.booth)
        #expect(laoCaiBooths.count == 2)
        #expect(try store.party(alliance)?.registrationStatus == .placed)
        try store.close()
        #expect(try cli.succeed("list", "booths", "--status", "assigned").contains(laoCaiBooths[0]))
        // a hand-made plan is checked: here the saved one, exported, has no hard violation
        try cli.succeed("export", "exhibitors", "--format", "csv", "--out", cli.path("so-do.csv"))
        let checked = try cli.succeed("check", "booths", cli.path("so-do.csv"))
        #expect(checked.contains("Vi phạm bắt buộc: 0"))

        // withdraw: booths freed, offered to the waiting list in order (Điện Biên needs 24: passed over)
        let withdrawn = try cli.succeed("withdraw", "Liên minh HTX tỉnh Lào Cai")
        #expect(withdrawn.contains("Gian hàng được trả lại (2): \(laoCaiBooths.joined(separator: ", "))."))
        #expect(withdrawn.contains("Liên minh HTX tỉnh Điện Biên"))
        #expect(try cli.run("confirm", "Liên minh HTX tỉnh Lào Cai").status != 0)  // withdrawn is final

        // a pending party is not allocated; re-allocation leaves out the withdrawn party and keeps
        // the placed one where it was (fewest moves against the published plan)
        try cli.succeed(
            "register", "party", "--name", "HTX Mường Hoa", "--organisation", "HTX Tân Hòa", "--booths", "1")
        let reallocated = try cli.succeed("allocate", "booths", "--iterations", "500")
        let notYet = "Chưa xếp 1 đơn vị đang chờ xác nhận (fairplan confirm): HTX Mường Hoa."
        #expect(reallocated.contains(notYet))
        let kept = try PlanStore.open(at: cli.path("hoi-cho.fairplan"))
        #expect(
            try kept.boothAssignments().filter { $0.party == "dv-htx-suoi-giang" }.map(\.booth) == suoiGiang)
        #expect(try kept.boothAssignments().allSatisfy { $0.party != alliance })
        try kept.close()

        // changes since version 1: the alliance's booths freed
        let changes = try cli.succeed("changes")
        #expect(changes.contains("từ phiên bản 1 đến bản hiện tại"))
        #expect(changes.contains("Gian hàng được trả lại (2): \(laoCaiBooths.joined(separator: ", "))"))
        let concerning = try cli.succeed("changes", "--party", "dv-htx-suoi-giang")
        #expect(concerning.contains("Không có thay đổi."))
        #expect(try cli.run("changes", "2").status != 0)

        // export and report
        let exported = try cli.succeed(
            "export", "exhibitors", "--format", "csv", "--out", cli.path("don-vi.csv"))
        #expect(exported.contains("Đã ghi:"))
        let exhibitors = try String(contentsOfFile: cli.path("don-vi.csv"), encoding: .utf8)
        #expect(exhibitors.contains("HTX Suối Giàng"))
        let report = try cli.succeed("report")
        #expect(report.contains("HỘI CHỢ SẢN PHẨM HTX TỈNH LÀO CAI 2026"))
        #expect(report.contains("Gửi các đơn vị lần 1"))
        #expect(report.contains("Danh sách chờ, theo thứ tự: Liên minh HTX tỉnh Điện Biên"))

        let reopened = try PlanStore.open(at: cli.path("hoi-cho.fairplan"))
        #expect(try reopened.checkIntegrity())
        #expect(try reopened.party(alliance)?.registrationStatus == .withdrawn)
        #expect(try reopened.boothAssignments().map(\.party) == ["dv-htx-suoi-giang"])
    }
}
