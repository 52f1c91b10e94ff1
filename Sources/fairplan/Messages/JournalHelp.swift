import Planning

/// The command line's wording for the journal (area: journal): `fairplan history`, `undo`, `redo`
/// and `restore`, and the question `restore` asks.
enum JournalHelp: Hashable, Sendable, Localizable {
    /// `fairplan history`'s abstract.
    case historyAbstract
    /// `fairplan history`'s discussion.
    case historyDiscussion
    /// `--limit N`.
    case historyLimit
    /// `fairplan undo`'s abstract.
    case undoAbstract
    /// `fairplan undo`'s discussion.
    case undoDiscussion
    /// How many changes to undo.
    case undoCount
    /// `fairplan redo`'s abstract.
    case redoAbstract
    /// `fairplan redo`'s discussion.
    case redoDiscussion
    /// `fairplan restore`'s abstract.
    case restoreAbstract
    /// `fairplan restore`'s discussion.
    case restoreDiscussion
    /// What `restore` returns: booths or programme.
    case restoreTarget
    /// The published version returned to.
    case restoreVersion
    /// The question asked before returning the working booth plan or programme to a version.
    case restoreQuestion(PublicationKind, version: Int)

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
