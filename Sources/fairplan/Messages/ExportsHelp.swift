import Planning

/// The command line's wording for `fairplan export` (area: exports): its discussion and the
/// options that choose what is exported.
enum ExportsHelp: Hashable, Sendable, Localizable {
    /// The export command's discussion: formats, the published version by default, the plan used.
    case discussion
    /// `--draft`: export the working plan instead of the published versions.
    case draft
    /// `--status`: only the exhibitors of one registration status.
    case status

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
