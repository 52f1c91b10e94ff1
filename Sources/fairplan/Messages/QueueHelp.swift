import Planning

/// The command line's wording for the waiting list's offers (area: queue): `fairplan offer accept`,
/// `decline` and `list`.
enum QueueHelp: Hashable, Sendable, Localizable {
    /// `fairplan offer`'s abstract.
    case offerAbstract
    /// `fairplan offer`'s discussion.
    case offerDiscussion
    /// `fairplan offer accept`'s abstract.
    case acceptAbstract
    /// `fairplan offer accept`'s discussion.
    case acceptDiscussion
    /// `fairplan offer decline`'s abstract.
    case declineAbstract
    /// `fairplan offer decline`'s discussion.
    case declineDiscussion
    /// `fairplan offer list`'s abstract.
    case listAbstract
    /// `fairplan offer list`'s discussion.
    case listDiscussion
    /// The party answering an offer.
    case party

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
