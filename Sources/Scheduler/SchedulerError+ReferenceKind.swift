extension SchedulerError {
    /// The kinds of entity a scheduler input refers to by identifier.
    public enum ReferenceKind: String, CaseIterable, Hashable, Codable, Sendable {
        /// An exhibiting party (named by a booth request).
        case party
        /// A person (named by an availability entry).
        case person
    }
}
