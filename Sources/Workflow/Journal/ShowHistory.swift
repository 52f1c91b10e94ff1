public import Store

/// Lists the journal of a plan file: the commands that changed it, newest first, each with who
/// ran it, when, what it acted on, whether it is done or undone, and how many rows of each kind
/// it added, changed and removed.
public struct ShowHistory: Sendable {
    /// The journal as listed.
    public struct History: Sendable {
        /// The entries listed, newest first.
        public var entries: [JournalEntry]
        /// Entries in the journal that can be undone (done).
        public var undoable: Int
        /// Entries in the journal that can be redone (undone).
        public var redoable: Int

        /// Entries in the journal in all.
        public var total: Int { undoable + redoable }
    }

    /// The most entries one listing may ask for.
    public static let maximumLimit = 100_000

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The latest `limit` entries (all when nil), newest first.
    public func run(limit: Int? = nil) throws -> History {
        if let limit, !(1...Self.maximumLimit).contains(limit) {
            throw WorkflowError.invalidValue(
                .limit, value: "\(limit)", expected: .integer(minimum: 1, maximum: Self.maximumLimit))
        }
        let tally = try store.journalTally()
        return History(entries: try store.journal(limit: limit), undoable: tally.done, redoable: tally.undone)
    }
}
