/// The result of resolving a province name as written by a user or an imported list.
public struct ProvinceMatch: Hashable, Codable, Sendable {
    /// The 2025 unit the text refers to.
    public let province: Province
    /// The text exactly as written, in NFC.
    public let written: String
    /// The pre-2025 province the text named, when it is not the unit's own name.
    ///
    /// "Bình Dương" gives Hồ Chí Minh with former province Bình Dương; "Bắc Ninh" gives Bắc Ninh
    /// with no former province, although the old Bắc Ninh (code 27) merged into the new one.
    public let former: FormerProvince?

    /// Creates a match.
    public init(province: Province, written: String, former: FormerProvince?) {
        self.province = province
        self.written = written
        self.former = former
    }
}
