/// A Vietnamese personal name stored as family name (họ), middle names (tên đệm) and given name (tên).
///
/// Vietnamese lists sort by the given name, which comes last when written, so the parts are kept
/// apart. ``init(fullName:)`` splits a written name by the usual heuristic; the parts stay editable
/// because names of ethnic minorities and foreigners do not always follow it. Every part is stored
/// NFC-normalised with whitespace collapsed, and never re-cased.
public struct PersonName: Hashable, Codable, Sendable {
    /// The family name (họ), for example "Nguyễn"; may be empty.
    public var family: String
    /// The middle names (tên đệm), for example "Thị Minh"; may be empty or hold several words.
    public var middle: String
    /// The given name (tên), for example "Khai"; the part Vietnamese lists sort by first.
    public var given: String

    /// Creates a name from its parts, normalising each (NFC, trimmed, single spaces).
    public init(family: String, middle: String = "", given: String) {
        self.family = VietnameseText.normalized(family)
        self.middle = VietnameseText.normalized(middle)
        self.given = VietnameseText.normalized(given)
    }

    /// Splits a written full name: first word family, last word given, the words between middle.
    ///
    /// A single word becomes the given name alone; two words are family and given name. The words
    /// are kept as written (NFC-normalised, whitespace collapsed): "nguyễn văn  an" gives family
    /// "nguyễn", middle "văn", given "an".
    public init(fullName: String) {
        let words = VietnameseText.normalized(fullName).split(separator: " ").map(String.init)
        switch words.count {
        case 0:
            self.init(family: "", middle: "", given: "")
        case 1:
            self.init(family: "", middle: "", given: words[0])
        default:
            self.init(
                family: words[0],
                middle: words.dropFirst().dropLast().joined(separator: " "),
                given: words[words.count - 1]
            )
        }
    }

    /// Creates a name from a decoder, normalising the parts as ``init(family:middle:given:)`` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            family: try container.decodeIfPresent(String.self, forKey: .family) ?? "",
            middle: try container.decodeIfPresent(String.self, forKey: .middle) ?? "",
            given: try container.decode(String.self, forKey: .given)
        )
    }

    /// The name as written in Vietnamese order: family, middle, given, separated by single spaces.
    public var fullName: String {
        [family, middle, given].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
