import Testing
import Web

@Suite("Web: plan files get addresses folded to ASCII")
struct PortalSiteTests {
    @Test(
        "a plan file's slug: its name without .fairplan, without diacritics, words joined by -",
        arguments: [
            ("Exports/demo/hoi-cho.fairplan", "hoi-cho"),
            ("/tmp/Hội chợ OCOP Đồng Tháp 2026.fairplan", "hoi-cho-ocop-dong-thap-2026"),
            ("kế_hoạch--tháng 12.fairplan", "ke-hoach-thang-12"),
            ("!!!.fairplan", "ke-hoach"),
        ])
    func slug(path: String, expected: String) {
        #expect(PortalSite.slug(forPlanFile: path) == expected)
    }
}
