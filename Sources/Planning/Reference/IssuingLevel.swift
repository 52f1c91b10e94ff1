/// The level of government that recognises an OCOP rating: district, province or central.
public enum IssuingLevel: String, CaseIterable, Codable, Hashable, Sendable {
    /// District People's Committee (UBND cấp huyện): 3★ until 6 July 2025.
    case district
    /// Provincial People's Committee (UBND cấp tỉnh): 4★, and 3★ from 6 July 2025.
    case province
    /// The central council under the Ministry of Agriculture: 5★.
    case central

    /// The level in `language`: "cấp tỉnh", "province level".
    public func name(_ language: Language) -> String {
        PlanningMessage.issuingLevel(self).text(language)
    }
}
