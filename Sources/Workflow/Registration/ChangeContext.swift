public import Planning
public import Store

/// Who makes a change and when: passed to every use case that changes a plan, so the journal
/// records it and time is never read inside the library.
public struct ChangeContext: Hashable, Sendable {
    /// The person making the change.
    public var user: String
    /// Now, local time in Vietnam.
    public var now: LocalDateTime

    /// A context.
    public init(user: String, now: LocalDateTime) {
        self.user = user
        self.now = now
    }

    /// The journal note of `command` acting on `subject`.
    public func note(_ command: String, subject: String? = nil) -> JournalNote {
        JournalNote(user: user, at: now, command: command, subject: subject)
    }
}
