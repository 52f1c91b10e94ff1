/// Whether a provincial unit is a province (tỉnh) or a centrally governed city (thành phố).
public enum ProvinceKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// A province (tỉnh).
    case province
    /// A centrally governed city (thành phố trực thuộc trung ương).
    case city

    /// The administrative type in `language`: "Tỉnh", "Province".
    public func name(_ language: Language) -> String {
        PlanningMessage.provinceKind(self).text(language)
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
