public import Planning

/// Who changed the plan, when, and with what command: what the journal records for each change
/// (one entry per command).
public struct JournalNote: Hashable, Codable, Sendable {
    /// The person who made the change (the account name on the command line, the signed-in user
    /// on the web).
    public var user: String
    /// When the change was made, local time in Vietnam.
    public var at: LocalDateTime
    /// The command, as people would type it (`register organisation`, `withdraw`, `undo`).
    public var command: String
    /// What the command acted on (identifiers or names), when it names something.
    public var subject: String?

    /// A note.
    public init(user: String, at: LocalDateTime, command: String, subject: String? = nil) {
        self.user = user
        self.at = at
        self.command = command
        self.subject = subject
    }
}
