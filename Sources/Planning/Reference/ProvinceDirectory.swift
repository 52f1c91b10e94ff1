/// The provincial units of Vietnam, before and after the 2025 reform, with forgiving name look-up.
///
/// ``all`` holds the 34 units in force since 1 July 2025 and ``former`` the 63 provinces before it.
/// ``resolve(_:)`` maps names as people write them ("TP.HCM", "Thanh Hoá", "Bình Dương", NFD text,
/// no diacritics at all) to the 2025 unit and remembers which old province was named.
public enum ProvinceDirectory {
    /// The 63 pre-2025 provinces, in the order of their codes.
    public static let former: [FormerProvince] = all.flatMap(\.formerProvinces)
        .sorted { $0.code.code < $1.code.code }

    /// The units indexed by code.
    private static let byCode: [ProvinceCode: Province] = Dictionary(
        all.map { ($0.code, $0) },
        uniquingKeysWith: { first, _ in first }
    )

    /// The pre-2025 provinces indexed by code.
    private static let formerByCode: [ProvinceCode: FormerProvince] = Dictionary(
        former.map { ($0.code, $0) },
        uniquingKeysWith: { first, _ in first }
    )

    /// Returns the 2025 unit with the given code, or nil (also for a code of the pre-2025 scheme).
    public static func province(code: ProvinceCode) -> Province? {
        byCode[code]
    }

    /// Returns the pre-2025 province with the given code, or nil (also for a 2025-scheme code).
    public static func formerProvince(code: ProvinceCode) -> FormerProvince? {
        formerByCode[code]
    }

    /// Returns the 2025 unit for a code of either scheme; a pre-2025 code gives its successor.
    public static func currentProvince(for code: ProvinceCode) -> Province? {
        switch code.scheme {
        case .y2025:
            return byCode[code]
        case .pre2025:
            return formerByCode[code]?.successor
        }
    }
}
