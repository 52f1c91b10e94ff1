public import Planning

/// A broken hard rule of a programme, or a reason a session could not be placed: a value with a
/// Vietnamese message for organisers.
public struct TimetableIssue: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The rule concerned.
    public var rule: TimetableRule
    /// The sessions concerned, the one the message is about first.
    public var sessions: [Identifier<Session>]
    /// The Vietnamese message, specific: names the room, person, point, time or session.
    public var message: String

    /// Creates an issue.
    public init(rule: TimetableRule, sessions: [Identifier<Session>], message: String) {
        self.rule = rule
        self.sessions = sessions
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
