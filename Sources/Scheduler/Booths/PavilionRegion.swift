public import Planning

/// A region of Vietnam as fairs group provinces into regional pavilions (gian hàng các tỉnh miền
/// núi phía Bắc, đồng bằng sông Hồng, miền Trung, phía Nam).
///
/// Each of the 34 provincial units of 2025 lies in one region (``of(_:)``). A pavilion zone (a zone
/// tagged `province-pavilion`) serves the regions its name or tags say (``served(byZoneNamed:tags:)``):
/// «miền núi phía Bắc» the northern midlands and mountains, «đồng bằng sông Hồng» the Red River
/// delta, «phía Bắc» / «miền Bắc» both, «miền Trung» / «Tây Nguyên» the centre, «phía Nam» /
/// «miền Nam» / «Nam Bộ» / «sông Cửu Long» the south; or a tag `region-<raw value>`, and
/// `region-north` for both northern regions.
public enum PavilionRegion: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    /// Trung du và miền núi phía Bắc.
    case northernMountains = "northern-mountains"
    /// Đồng bằng sông Hồng.
    case redRiverDelta = "red-river-delta"
    /// Miền Trung: Bắc Trung Bộ, duyên hải Nam Trung Bộ and Tây Nguyên.
    case central
    /// Phía Nam: Đông Nam Bộ and the Mekong delta.
    case southern

    /// The region of each 2025 unit, by its official short name.
    static let byProvinceName: [String: PavilionRegion] = {
        var table: [String: PavilionRegion] = [:]
        let groups: [(PavilionRegion, [String])] = [
            (
                .northernMountains,
                [
                    "Cao Bằng", "Tuyên Quang", "Điện Biên", "Lai Châu", "Sơn La", "Lào Cai", "Thái Nguyên",
                    "Lạng Sơn", "Phú Thọ",
                ]
            ),
            (.redRiverDelta, ["Hà Nội", "Quảng Ninh", "Bắc Ninh", "Hải Phòng", "Hưng Yên", "Ninh Bình"]),
            (
                .central,
                [
                    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai",
                    "Khánh Hòa", "Lâm Đồng", "Đắk Lắk",
                ]
            ),
            (
                .southern,
                [
                    "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau",
                    "An Giang",
                ]
            ),
        ]
        for (region, names) in groups {
            for name in names { table[VietnameseText.searchKey(name)] = region }
        }
        return table
    }()

    /// The region of a province (its 2025 unit; a former province counts in the unit it joined),
    /// or nil when it is not recognised.
    public static func of(_ province: ProvinceReference) -> PavilionRegion? {
        guard let unit = province.province else { return nil }
        return byProvinceName[VietnameseText.searchKey(unit.name)]
    }

    /// The regions a pavilion zone serves, read from its tags (`region-<raw value>`,
    /// `region-north`) and its name; empty when neither names a region.
    public static func served(byZoneNamed name: String, tags: Set<String>) -> Set<PavilionRegion> {
        var regions: Set<PavilionRegion> = []
        for region in allCases where tags.contains("region-\(region.rawValue)") { regions.insert(region) }
        if tags.contains("region-north") { regions.formUnion([.northernMountains, .redRiverDelta]) }
        let key = " " + VietnameseText.searchKey(name) + " "
        func says(_ words: String...) -> Bool { words.contains { key.contains(" \($0) ") } }
        if says("mien nui phia bac", "trung du", "tay bac", "dong bac") { regions.insert(.northernMountains) }
        if says("dong bang song hong") { regions.insert(.redRiverDelta) }
        if says("phia bac", "mien bac", "bac bo") && !says("mien nui phia bac") {
            regions.formUnion([.northernMountains, .redRiverDelta])
        }
        if says("mien trung", "trung bo", "tay nguyen") { regions.insert(.central) }
        if says("phia nam", "mien nam", "nam bo", "song cuu long", "tay nam bo") { regions.insert(.southern) }
        return regions
    }

    /// Orders regions north to south.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
