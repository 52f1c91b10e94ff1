/// How a person is addressed on lists and name cards.
public enum Honorific: String, CaseIterable, Codable, Sendable {
    /// Ông (Mr).
    case mr = "ong"
    /// Bà (Mrs, Ms).
    case mrs = "ba"
    /// Đồng chí (Comrade), used for officials in protocol lists.
    case comrade = "dong-chi"

    /// The form printed before a name, in `language`: "Ông", "Mr".
    public func name(_ language: Language) -> String {
        PlanningMessage.honorific(self).text(language)
    }

    /// Recognises an honorific as written ("Ông", "ông", "Bà", "Đ/c", "Đồng chí").
    public init?(written: String) {
        switch VietnameseText.searchKey(written) {
        case "ong", "mr": self = .mr
        case "ba", "mrs", "ms": self = .mrs
        case "dong chi", "d/c", "dc", "d c": self = .comrade
        default: return nil
        }
    }
}
