/// How many rows of one table a journal entry added, changed and removed, counted by row: a row
/// added and then changed by the same command counts once as added, a row changed back to what it
/// was not at all.
public struct JournalCounts: Hashable, Codable, Sendable {
    /// Rows that were not there before the command.
    public var added: Int
    /// Rows that were there before and after, with other values.
    public var changed: Int
    /// Rows that were there before and are no longer.
    public var removed: Int

    /// Counts.
    public init(added: Int = 0, changed: Int = 0, removed: Int = 0) {
        self.added = added
        self.changed = changed
        self.removed = removed
    }

    /// Whether nothing was counted.
    public var isEmpty: Bool { added == 0 && changed == 0 && removed == 0 }
}
