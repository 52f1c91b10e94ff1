extension SchedulerMessage {
    /// A person as a message names them: by the display name the problem gives, or by identifier
    /// when it gives none.
    public enum PersonName: Hashable, Sendable {
        /// The display name, e.g. "Ông Nguyễn Văn An".
        case known(String)
        /// A person the problem has no name for, by identifier.
        case unknown(identifier: String)
    }
}
