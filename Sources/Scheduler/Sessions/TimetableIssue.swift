public import Planning

/// A broken hard rule of a programme, or a reason a session could not be placed: a value with its
/// message in both languages.
///
/// Encodes to JSON as `rule`, `sessions` and `message` (`vietnamese`, `english`).
public struct TimetableIssue: Hashable, Codable, Sendable, CustomStringConvertible, Localizable {
    /// The rule concerned.
    public var rule: TimetableRule
    /// The sessions concerned, the one the message is about first.
    public var sessions: [Identifier<Session>]
    /// The message in both languages, specific: names the room, person, point, time or session.
    public var wording: BilingualText

    /// Creates an issue worded by a catalogue message (or any text in both languages).
    public init(rule: TimetableRule, sessions: [Identifier<Session>], message: some Localizable) {
        self.rule = rule
        self.sessions = sessions
        self.wording = BilingualText(message)
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String { wording.text(language) }

    /// The message in Vietnamese.
    public var description: String { wording.vietnamese }

    private enum CodingKeys: String, CodingKey {
        case rule, sessions
        case wording = "message"
    }
}
