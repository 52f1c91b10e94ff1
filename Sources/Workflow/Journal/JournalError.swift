public import Planning

/// Why a change cannot be undone or redone, or a published version not restored, for
/// ``WorkflowError/journal(_:)``; worded by ``JournalMessage``.
public enum JournalError: Error, Hashable, Sendable, Localizable {
    /// Undo was asked for, but no change of the journal can be undone.
    case nothingToUndo
    /// Undo was asked for more changes than the journal has to undo (asked, available).
    case undoBeyondHistory(asked: Int, available: Int)
    /// Redo was asked for, but no change was undone (or a new change came after the undo).
    case nothingToRedo
    /// No published version of `kind` has this number; `latest` is the latest one, nil when none
    /// was published.
    case unknownVersion(PublicationKind, number: Int, latest: Int?)
    /// Change number `entry` cannot be undone or redone: the plan file was changed outside
    /// FairPlan since (table named).
    case outOfStep(entry: Int, table: String)

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        JournalMessage.error(self).text(language)
    }
}
