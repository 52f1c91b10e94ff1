public import Planning

/// A session the timetabler could not place, with the constraints that block it.
public struct UnplacedSession: Hashable, Codable, Sendable {
    /// The session.
    public var session: Identifier<Session>
    /// The session's title.
    public var title: String
    /// Why: the blocking constraints, most frequent first, each worded in both languages.
    public var reasons: [TimetableIssue]

    /// Creates an unplaced session.
    public init(session: Identifier<Session>, title: String, reasons: [TimetableIssue]) {
        self.session = session
        self.title = title
        self.reasons = reasons
    }
}
