import Planning

/// The command line's wording for `fairplan documents` (area: documents): the group, each kind
/// of paper and the options.
enum DocumentsHelp: Hashable, Sendable, Localizable {
    /// The group's abstract.
    case abstract
    /// The group's discussion: layout, formats, plan used.
    case discussion
    /// A subcommand's abstract.
    case kind(DocumentKindHelp)
    /// `--format odt|pdf`.
    case format
    /// `--out PATH`.
    case out
    /// `--party P`.
    case party
    /// `--point CP`.
    case point
    /// `--organisation O`.
    case organisation
    /// `--list NAME`.
    case list
    /// `--number TEXT`.
    case number
    /// `--signer NAME`.
    case signer
    /// `--draft`.
    case draft
    /// `--from N` (notices).
    case fromVersion
    /// `--to N` (notices).
    case toVersion

    /// The kinds of paper, for their abstracts.
    enum DocumentKindHelp: Hashable, Sendable {
        case lists, invitations, exhibitorLetters, fascia, notices, badges
    }

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
