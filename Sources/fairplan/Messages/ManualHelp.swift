import Planning

/// The command line's wording for the commands by which people overrule the solvers (area:
/// manual): `assign booths`, `move`, `swap`, `pin`, `unpin`, `place session`, and `check
/// --publish`.
enum ManualHelp: Hashable, Sendable, Localizable {
    /// `fairplan assign`'s abstract.
    case assignAbstract
    /// `fairplan assign`'s discussion.
    case assignDiscussion
    /// What `assign` gives: `booths`.
    case assignTarget
    /// The party given booths.
    case assignParty
    /// The booth codes given.
    case assignBooths
    /// `fairplan move`'s abstract.
    case moveAbstract
    /// `fairplan move`'s discussion.
    case moveDiscussion
    /// The party moved.
    case moveParty
    /// Its new booth codes.
    case moveBooths
    /// `fairplan swap`'s abstract.
    case swapAbstract
    /// `fairplan swap`'s discussion.
    case swapDiscussion
    /// The first party of a swap.
    case swapFirst
    /// The second party of a swap.
    case swapSecond
    /// `fairplan pin`'s abstract.
    case pinAbstract
    /// `fairplan pin`'s discussion.
    case pinDiscussion
    /// `fairplan unpin`'s abstract.
    case unpinAbstract
    /// `fairplan unpin`'s discussion.
    case unpinDiscussion
    /// `pin booths` / `unpin booths`: abstract (pin or unpin).
    case pinBoothsAbstract(pin: Bool)
    /// `pin session` / `unpin session`: abstract (pin or unpin).
    case pinSessionAbstract(pin: Bool)
    /// The party whose booths are pinned or unpinned.
    case pinParty
    /// The session pinned, unpinned or placed.
    case sessionArgument
    /// `fairplan place`'s abstract.
    case placeAbstract
    /// `fairplan place`'s discussion.
    case placeDiscussion
    /// What `place` places: `session`.
    case placeTarget
    /// `--room` of `place session`.
    case placeRoom
    /// `--start` of `place session`.
    case placeStart
    /// `--force` of the commands by hand.
    case force
    /// What `check --publish` does, after the check's own discussion.
    case checkPublish
    /// `fairplan publish`: abstract.
    case publishAbstract
    /// `fairplan publish`: discussion.
    case publishDiscussion
    /// `fairplan publish`: what to publish.
    case publishTarget

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
