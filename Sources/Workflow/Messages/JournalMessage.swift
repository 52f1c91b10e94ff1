public import Planning
public import Store

/// The wording of the journal: the history of changes, undo, redo and restoring a published
/// version, and their errors (area: journal).
public enum JournalMessage: Hashable, Sendable, Localizable {
    /// An error of undo, redo or restore.
    case error(JournalError)
    /// The journal has no entry yet.
    case historyEmpty
    /// The history's heading: entries in the journal, how many can be undone and redone, how many
    /// are listed.
    case historyHeading(total: Int, undoable: Int, redoable: Int, listed: Int)
    /// One entry: number, when, who, the command and what it acted on, done or undone.
    case entry(JournalEntry)
    /// What an entry changed: rows added, changed and removed, by table.
    case entryCounts([JournalTable: JournalCounts])
    /// A number of rows of a table, as people name them: «2 đơn vị tham gia».
    case rows(JournalTable, count: Int)
    /// Done or undone.
    case state(JournalEntry.State)
    /// An entry was undone.
    case undone(JournalEntry)
    /// How to redo what was undone; `redoable` entries can be redone.
    case redoHint(redoable: Int)
    /// An entry was redone.
    case redone(JournalEntry)
    /// The working booth plan or programme was returned to a published version; `count` booths
    /// given or sessions placed as in it.
    case restored(PublicationKind, version: Int, count: Int)
    /// The working booth plan or programme already was as the version: nothing changed.
    case restoreUnchanged(PublicationKind, version: Int)
    /// Something of the version that was not put back.
    case leftOut(RestoreOmission)
    /// Sessions taken off the programme because the version did not have them placed.
    case unscheduled([String])
    /// How to undo the change just made.
    case undoHint

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
