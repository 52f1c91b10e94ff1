public import Planning
public import Scheduler

/// What a session command by hand did (place, pin, unpin): the session before and after, and what
/// the programme checker found about it there.
public struct SessionEdit: Sendable {
    /// The session as it was.
    public var before: Session
    /// The session as it is now (room, start, pin).
    public var after: Session
    /// The name of its room now, when it has one.
    public var roomName: String?
    /// The violations of hard rules `check sessions` finds about the session where it now is.
    public var issues: [TimetableIssue]
    /// Whether rules are broken and the change was written anyway (`--force`).
    public var forced: Bool

    /// Whether the session changed (false when, say, it was pinned already).
    public var changed: Bool { before != after }
}
