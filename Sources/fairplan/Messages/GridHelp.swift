import Planning

/// The command line's wording for the timeslot grid (area: grid): `register timeslot`, `remove
/// timeslot`, and the grid options of sessions and people.
enum GridHelp: Hashable, Sendable, Localizable {
    /// `fairplan register timeslot`'s abstract.
    case timeslotAbstract
    /// `fairplan register timeslot`'s discussion.
    case timeslotDiscussion
    /// `--time`.
    case timeslotTime
    /// `--kind` of a timeslot.
    case timeslotKind
    /// `--tag` of a timeslot.
    case timeslotTag
    /// `--pause`.
    case pause
    /// `--theme`.
    case theme
    /// `--sector`.
    case sector
    /// `--audience-type`.
    case audienceType
    /// `--level`.
    case level
    /// `--content`.
    case content
    /// `--language`.
    case language
    /// `--require-room-tag`.
    case requireRoomTag
    /// `--prefer-room-tag`.
    case preferRoomTag
    /// `--prohibit-room-tag`.
    case prohibitRoomTag
    /// `--avoid-room-tag`.
    case avoidRoomTag
    /// `--exclusive-tag`.
    case exclusiveTag
    /// `--crowd-risk`.
    case crowdRisk
    /// `--unavailable`.
    case unavailable
    /// `--prefer-timeslot-tag`.
    case preferTimeslotTag
    /// `--avoid-timeslot-tag`.
    case avoidTimeslotTag
    /// `--after`, repeated.
    case after

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        language == .vietnamese ? vietnameseText : englishText
    }
}
