import Planning
import Store
import Workflow

/// The lines `fairplan history`, `undo`, `redo` and `restore` print, in a language.
enum JournalRendering {
    /// The history: a heading, then each entry and what it changed.
    static func lines(_ history: ShowHistory.History, language: Language) -> [String] {
        guard history.total > 0 else { return [say(.historyEmpty, language)] }
        var lines = [
            say(
                .historyHeading(
                    total: history.total, undoable: history.undoable, redoable: history.redoable,
                    listed: history.entries.count), language)
        ]
        for entry in history.entries {
            lines.append(say(.entry(entry), language))
            lines.append(say(.entryCounts(entry.counts), language))
        }
        return lines
    }

    /// What an undo did: each entry undone, what it had changed, and how to redo.
    static func lines(_ undone: UndoChanges.Undone, language: Language) -> [String] {
        undone.entries.flatMap { entry in
            [say(.undone(entry), language), say(.entryCounts(entry.counts), language)]
        } + [say(.redoHint(redoable: undone.redoable), language)]
    }

    /// What a redo did.
    static func lines(_ redone: RedoChanges.Redone, language: Language) -> [String] {
        [say(.redone(redone.entry), language), say(.entryCounts(redone.entry.counts), language)]
    }

    /// What a restore did: the version, what was left out, sessions taken off, status changes.
    static func lines(_ restoration: RestoreVersion.Restoration, language: Language) -> [String] {
        let outcome = restoration.outcome
        guard outcome.changed else {
            return [say(.restoreUnchanged(outcome.kind, version: outcome.number), language)]
                + outcome.leftOut.map { say(.leftOut($0), language) }
        }
        var lines = [say(.restored(outcome.kind, version: outcome.number, count: outcome.restored), language)]
        lines += outcome.leftOut.map { say(.leftOut($0), language) }
        if !outcome.unscheduled.isEmpty { lines.append(say(.unscheduled(outcome.unscheduled), language)) }
        lines += restoration.statusChanges.map { change in
            WorkflowMessage.statusChanged(party: change.party, to: change.status).text(language)
        }
        lines.append(say(.undoHint, language))
        return lines
    }

    /// A journal message in `language`.
    private static func say(_ message: JournalMessage, _ language: Language) -> String {
        WorkflowMessage.journal(message).text(language)
    }
}
