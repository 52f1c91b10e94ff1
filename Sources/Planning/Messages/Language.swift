/// The language FairPlan speaks to a user: Vietnamese by default, English on request.
///
/// Every module's wording comes from its message catalogue, which holds each message in both
/// languages; front ends choose the language (`--lang vi|en`, `FAIRPLAN_LANG`, a web setting) and
/// pass it down. Codes (finding codes, error cases) never change with the language.
public enum Language: String, CaseIterable, Codable, Sendable {
    /// Tiếng Việt, the default.
    case vietnamese = "vi"
    /// English.
    case english = "en"

    /// The language used when none is chosen.
    public static let `default`: Language = .vietnamese

    /// The language named by a setting such as `vi`, `en`, `en_US.UTF-8`, `vi-VN` or `english`;
    /// nil when it names neither.
    public init?(setting: String) {
        let prefix = setting.lowercased().drop { $0 == " " }.prefix { $0.isLetter }
        switch prefix {
        case "vi", "vie", "vietnamese", "tiengviet": self = .vietnamese
        case "en", "eng", "english": self = .english
        default: return nil
        }
    }
}
