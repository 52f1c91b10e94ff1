/// One of the 34 provincial units in force since 1 July 2025.
///
/// Print ``name`` in lists ("Hồ Chí Minh") and ``fullName`` in headings ("Thành phố Hồ Chí Minh").
/// The pre-2025 provinces merged into the unit are kept in ``formerProvinces`` so that old lists can
/// be mapped to the new unit without losing the old name.
public struct Province: Hashable, Codable, Sendable, Identifiable {
    /// The unit's code in the 2025 scheme.
    public let code: ProvinceCode
    /// The short official name, for example "Hồ Chí Minh".
    public let name: String
    /// The full official name, for example "Thành phố Hồ Chí Minh".
    public let fullName: String
    /// Province or centrally governed city.
    public let kind: ProvinceKind
    /// The pre-2025 provinces the unit was formed from (one when it was kept as it was).
    public let formerProvinces: [FormerProvince]
    /// Whether the unit results from a merger (hợp nhất) rather than being kept as it was.
    public let merged: Bool
    /// The pre-2025 province where the unit's administrative seat is.
    public let administrativeSeat: String
    /// The number of commune-level units (xã, phường, đặc khu) after the 2025 reform.
    public let communeLevelUnits: Int

    /// The unit's identity: its code.
    public var id: ProvinceCode {
        code
    }
}
