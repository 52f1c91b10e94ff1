import Foundation
import Testing

/// `fairplan template registrations` with the plan's venue zones in the booth requests' drop-down,
/// the Đăng ký gian hàng sheet filled and imported by `fairplan import` (check, import, a second
/// wave), end to end on the built binary.
@Suite("fairplan: booth requests through the registration template")
struct BoothRequestCommandTests {
    @Test(
        "template → fill Đăng ký gian hàng → import --check → import → again: pending parties, no duplicates")
    func boothRequests() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ sản phẩm HTX tỉnh Lào Cai 2026", "--kind", "fair",
            "--organiser", "Liên minh Hợp tác xã tỉnh Lào Cai", "--province", "Lào Cai", "--from",
            "10/12/2026", "--to", "11/12/2026", "--venue", LifeCycleTests.venue)
        try cli.succeed(
            "register", "organisation", "--name", "Hợp tác xã Nông nghiệp Tân Hòa", "--short-name",
            "HTX Tân Hòa", "--province", "Lào Cai", "--code", "5300100001", "--members", "12")

        // The template (CSV: one file per sheet) lists the venue's zones beside the other lists.
        try cli.succeed("template", "registrations", "--format", "csv", "--out", cli.path("mau"))
        let lists = try String(contentsOfFile: cli.path("mau/bo-san-pham-ocop.csv"), encoding: .utf8)
        #expect(lists.contains("Gian hàng tỉnh") && lists.contains("Khu thực phẩm tươi sống"))
        let english = try cli.succeed(
            "template", "registrations", "--format", "csv", "--out", cli.path("mau-en"), "--lang", "en")
        #expect(english.contains("dang-ky-gian-hang.csv"))
        let englishHeader = try String(
            contentsOfFile: cli.path("mau-en/dang-ky-gian-hang.csv"), encoding: .utf8)
        #expect(englishHeader.contains("Exhibitor (fascia name)") && englishHeader.contains("Cold storage"))

        let template = FilledTemplate(folder: cli.folder.appendingPathComponent("mau"))
        let products = try template.fill(
            "san-pham",
            rows: [
                ["Tên sản phẩm": "Mận hậu tươi", "Chủ thể": "HTX Tân Hòa", "Cần nước/kho lạnh": "Có"],
                ["Tên sản phẩm": "Chè Shan tuyết", "Chủ thể": "5300100001"],
            ])
        let booths = try template.fill(
            "dang-ky-gian-hang",
            rows: [
                [
                    "Đơn vị trưng bày (tên trên bảng tên)": "Liên minh HTX tỉnh Lào Cai",
                    "Tỉnh (liên minh HTX)": "Lào Cai",
                    "Số gian": "2", "Dùng chung với": "HTX Tân Hòa", "Cần kho lạnh": "Có",
                    "Khu vực mong muốn": "Gian hàng tỉnh", "Người liên hệ": "Lò Thị Mai",
                    "Điện thoại": "0912345678",
                ]
            ])

        let checked = try cli.succeed("import", products, booths, "--check")
        #expect(checked.contains("Đăng ký gian hàng: 1 dòng, 1 hợp lệ"), "\(checked)")
        #expect(try !cli.succeed("list", "parties").contains("Liên minh HTX tỉnh Lào Cai"))

        let imported = try cli.succeed("import", products, booths)
        #expect(imported.contains("Đã nhập vào hoi-cho.fairplan"), "\(imported)")
        let pending = try cli.succeed("list", "parties", "--status", "pending")
        #expect(pending.contains("Liên minh HTX tỉnh Lào Cai"), "\(pending)")

        // The same files again (a second wave) add nothing.
        let again = try cli.succeed("import", products, booths)
        #expect(!again.contains("Đã nhập vào"), "\(again)")
        let listed = try cli.succeed("list", "parties")
        #expect(listed.components(separatedBy: "Liên minh HTX tỉnh Lào Cai").count - 1 == 1, "\(listed)")

        // A row with a mistake is refused with its sheet, row and column; exit status 1.
        try template.fill(
            "dang-ky-gian-hang",
            rows: [
                [
                    "Đơn vị trưng bày (tên trên bảng tên)": "HTX Tân Hòa", "Tổ chức": "HTX Tân Hòa",
                    "Số gian": "0",
                ]
            ])
        let refused = try cli.run("import", booths, "--check")
        #expect(refused.status == 1)
        #expect(
            refused.output.contains("dang-ky-gian-hang") && refused.output.contains("dòng 2"),
            "\(refused.text)")
    }
}
