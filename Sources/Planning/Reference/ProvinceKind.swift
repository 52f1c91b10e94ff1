/// Whether a provincial unit is a province (tỉnh) or a centrally governed city (thành phố).
public enum ProvinceKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// A province (tỉnh).
    case province
    /// A centrally governed city (thành phố trực thuộc trung ương).
    case city

    /// The administrative type in Vietnamese, for example "Thành phố trực thuộc trung ương".
    public var vietnameseName: String {
        switch self {
        case .province:
            return "Tỉnh"
        case .city:
            return "Thành phố trực thuộc trung ương"
        }
    }

    /// The word written before the name in a full name: "Tỉnh" or "Thành phố".
    public var prefix: String {
        switch self {
        case .province:
            return "Tỉnh"
        case .city:
            return "Thành phố"
        }
    }
}
