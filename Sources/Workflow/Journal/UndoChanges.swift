public import Store

/// Undoes the last changes made to a plan file, newest first, in one transaction: the plan comes
/// back exactly as it was before them. Undone changes can be redone (``RedoChanges``) until a new
/// change is made.
public struct UndoChanges: Sendable {
    /// What was undone.
    public struct Undone: Sendable {
        /// The entries undone, newest first.
        public var entries: [JournalEntry]
        /// Entries that can now be redone.
        public var redoable: Int
    }

    /// The most changes one undo may take back.
    public static let maximumCount = 100_000

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Undoes the last `count` changes.
    ///
    /// Throws ``JournalError/nothingToUndo`` or ``JournalError/undoBeyondHistory(asked:available:)``
    /// (inside ``WorkflowError/journal(_:)``) when there are fewer; nothing is undone then.
    public func run(count: Int = 1) throws -> Undone {
        guard (1...Self.maximumCount).contains(count) else {
            throw WorkflowError.invalidValue(
                .count, value: "\(count)", expected: .integer(minimum: 1, maximum: Self.maximumCount))
        }
        let entries = try JournalError.translating { try store.undo(count: count) }
        return Undone(entries: entries, redoable: try store.journalTally().undone)
    }
}
