public import Planning
public import Scheduler

/// Why a booth or a session could not be assigned, moved, swapped, pinned or placed by hand, for
/// ``WorkflowError/manual(_:)``; worded by ``ManualMessage``.
public enum ManualError: Error, Hashable, Sendable, Localizable, CustomStringConvertible {
    /// The plan has no venue yet, so no booths or rooms to give.
    case noVenue
    /// No booth of the venue has this code (as typed).
    case unknownBooth(String)
    /// The booth is another party's (named); it must be freed first (`move` or `swap`).
    case boothTaken(booth: String, party: String)
    /// The party already holds the booth.
    case boothAlreadyHeld(booth: String, party: String)
    /// The party's registration cannot be given booths in its status: pending (to confirm first)
    /// or withdrawn.
    case notBookable(party: String, status: RegistrationStatus)
    /// The party holds no booths in the current booth plan (nothing to swap or pin).
    case holdsNoBooths(party: String)
    /// A party cannot swap booths with itself.
    case sameParty(party: String)
    /// The change breaks hard rules of the booth plan (the violations, as `check booths` finds
    /// them); refused without `--force`.
    case boothRulesBroken([BoothFinding])
    /// The session has no room and start to pin.
    case sessionNotPlaced(session: String)
    /// The session's room and start break hard rules of the programme (the violations, as `check
    /// sessions` finds them); refused without `--force`.
    case timetableRulesBroken(session: String, issues: [TimetableIssue])
    /// The working booth plan or programme is what version `version` already published: a new
    /// version would be the same.
    case nothingNewToPublish(PublicationKind, version: Int)

    /// The error in `language`.
    public func text(_ language: Language) -> String {
        ManualMessage.error(self).text(language)
    }

    /// The error in Vietnamese.
    public var description: String { text(.vietnamese) }
}
