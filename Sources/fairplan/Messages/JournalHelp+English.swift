import Planning

extension JournalHelp {
    /// The English wording.
    var englishText: String {
        switch self {
        case .historyAbstract: "Shows the journal of the plan's changes, newest first."
        case .historyDiscussion:
            """
            Every command that changes the plan (register, confirm, withdraw, import, allocate, \
            schedule, edit, remove, restore...) is one change in the journal, kept in the plan file \
            itself: its number, when, who, the command and what it acted on, whether it is done or \
            undone, and how many rows of each kind it added, changed and removed. A change done can be \
            undone with `fairplan undo`; a change just undone can be redone with `fairplan redo`.
            """
        case .historyLimit: "Show only the latest N changes (default 20)."
        case .undoAbstract: "Undoes the plan's latest change (or the latest N)."
        case .undoDiscussion:
            """
            Undoes the changes newest first, in one transaction: the plan comes back exactly as it was \
            before them, to every stored value, also after closing and opening FairPlan again. Undone \
            changes can be redone with `fairplan redo` until a new change is made. See the changes with \
            `fairplan history`.
            """
        case .undoCount: "How many changes to undo (default 1)."
        case .redoAbstract: "Redoes the change just undone."
        case .redoDiscussion:
            """
            Applies again the oldest undone change (the one right after the last change still done), \
            in one transaction. A new change after an undo clears what could be redone.
            """
        case .restoreAbstract: "Returns the working booth plan or programme to a published version."
        case .restoreDiscussion:
            """
            restore booths N: the booths are assigned again as in version N of the booth plan; parties \
            holding booths in it become placed, parties placed now but not in it go back to the waiting \
            list. Booths of parties withdrawn or no longer in the plan, and booths no longer on the \
            venue, are not given back (it says so). restore programme N: every session of version N gets \
            its room and start back; other sessions are taken off the programme. Nothing is published. \
            It is one change in the journal, undone with `fairplan undo`. Asks for confirmation on a \
            terminal; --yes does not ask.
            """
        case .restoreTarget: "What to return: booths (the booth plan) or programme."
        case .restoreVersion: "The published version's number."
        case .restoreQuestion(.boothPlan, let version):
            "Return the working booth plan to published version \(version)?"
        case .restoreQuestion(.programme, let version):
            "Return the working programme to published version \(version)?"
        }
    }
}
