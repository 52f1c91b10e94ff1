/// A named component of the booth plan's score.
///
/// Raw values are the stable keys used in JSON output.
public enum ScoreComponentKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// Booths let, with a bonus for parties served earlier (priority, then registration).
    case placement
    /// Parties whose block is not one straight run (a penalty): half for a compact 2 × n block,
    /// one for any other shape.
    case compactness
    /// Booths in zones the party's category, province or request prefers.
    case zoning
    /// Parties of one province (or cluster) side by side, as one pavilion.
    case pavilion
    /// Neighbours of different provinces selling the same OCOP product set (a penalty).
    case productClash = "product-clash"
    /// Corner and main-aisle booths given to the highest OCOP stars, then the earliest registrations.
    case primeBooths = "prime-booths"
    /// Parties moved against the published plan (a penalty).
    case stability

    /// The Vietnamese name shown in explanations.
    public var vietnameseName: String {
        switch self {
        case .placement: "Xếp được gian hàng"
        case .compactness: "Gian không liền một dãy thẳng (trừ điểm)"
        case .zoning: "Đúng khu theo ngành hàng, tỉnh, nguyện vọng"
        case .pavilion: "Đơn vị cùng tỉnh/cụm đứng liền nhau"
        case .productClash: "Hàng cùng bộ sản phẩm sát nhau (trừ điểm)"
        case .primeBooths: "Gian góc, mặt lối chính cho sản phẩm nhiều sao, đăng ký sớm"
        case .stability: "Đơn vị phải chuyển so với sơ đồ đã công bố (trừ điểm)"
        }
    }

    /// Orders components in declaration order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
