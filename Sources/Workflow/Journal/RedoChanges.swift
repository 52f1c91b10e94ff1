public import Store

/// Applies again the oldest undone change of a plan file (the one after the last change still
/// done), in one transaction.
public struct RedoChanges: Sendable {
    /// What was redone.
    public struct Redone: Sendable {
        /// The entry redone.
        public var entry: JournalEntry
        /// Entries that can still be redone.
        public var redoable: Int
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Redoes one change; throws ``JournalError/nothingToRedo`` (inside
    /// ``WorkflowError/journal(_:)``) when none is undone.
    public func run() throws -> Redone {
        let entry = try JournalError.translating { try store.redo() }
        return Redone(entry: entry, redoable: try store.journalTally().undone)
    }
}
