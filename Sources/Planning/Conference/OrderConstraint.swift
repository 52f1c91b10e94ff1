/// A precedence rule between sessions.
public enum OrderConstraint: Hashable, Codable, Sendable {
    /// Before every other session of the event (the opening).
    case first
    /// After every other session of the event (the closing).
    case last
    /// After the given session has ended.
    case after(Identifier<Session>)
}
