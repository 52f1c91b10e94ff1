/// One command that changed the plan, as the journal keeps it: who, when, what, and the rows it
/// changed, counted by table.
public struct JournalEntry: Hashable, Sendable {
    /// Whether the entry's changes are in the plan.
    public enum State: String, Hashable, Codable, Sendable {
        /// Done (or redone): its changes are in the plan.
        case done
        /// Undone: its changes were reverted; `redo` applies them again.
        case undone
    }

    /// The entry's number, from 1, in the order commands ran.
    public var number: Int
    /// Who ran the command, when, which command and on what.
    public var note: JournalNote
    /// Done or undone.
    public var state: State
    /// The rows the command added, changed and removed, by table (tables it left alone are
    /// absent).
    public var counts: [JournalTable: JournalCounts]

    /// An entry.
    public init(number: Int, note: JournalNote, state: State, counts: [JournalTable: JournalCounts]) {
        self.number = number
        self.note = note
        self.state = state
        self.counts = counts
    }

    /// The counts summed over every table.
    public var total: JournalCounts {
        counts.values.reduce(into: JournalCounts()) { sum, counts in
            sum.added += counts.added
            sum.changed += counts.changed
            sum.removed += counts.removed
        }
    }
}
