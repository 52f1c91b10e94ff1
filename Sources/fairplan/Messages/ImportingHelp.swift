import Planning

/// The command line's wording for `fairplan import` that the natural keys brought (area:
/// importing): the command's discussion and `--update`.
enum ImportingHelp: Hashable, Sendable, Localizable {
    /// `fairplan import`'s discussion.
    case discussion
    /// `--update`: write the changes rows make to what the plan holds.
    case update
    /// `fairplan template`'s discussion: the sheets (booth requests included) and drop-downs.
    case templateDiscussion
    /// `fairplan template`'s abstract.
    case templateAbstract

    /// The text in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
