public import Planning

/// The wording of the commands by which people overrule the solvers (assign, move, swap, pin,
/// unpin booths; place, pin, unpin sessions; publish a hand-made plan) and of the pins the solvers
/// kept, in every ``Language`` (area: manual).
public enum ManualMessage: Hashable, Sendable, Localizable {
    /// An error of a command by hand.
    case error(ManualError)
    /// A party's booths changed by hand: before (empty when it had none) and after.
    case boothsChanged(party: String, from: [String], to: [String])
    /// Booths pinned for a party: allocation keeps them.
    case boothsPinned(party: String, booths: [String])
    /// A party's booths no longer pinned.
    case boothsUnpinned(party: String, booths: [String])
    /// The party's booths were all pinned already.
    case alreadyPinned(party: String)
    /// None of the party's booths was pinned.
    case notPinned(party: String)
    /// The booth-plan checker finds nothing about the change.
    case boothCheckClean
    /// The booth-plan checker's findings about the change follow: hard violations, notes.
    case boothCheckFindings(hard: Int, soft: Int)
    /// Written despite this many hard violations (`--force`).
    case writtenDespiteViolations(Int)
    /// A session placed by hand in a room at a start, and pinned there.
    case sessionPlaced(session: String, room: String, start: LocalDateTime)
    /// A session pinned where it is.
    case sessionPinned(session: String, room: String, start: LocalDateTime)
    /// A session's pin lifted: timetabling may move it again.
    case sessionUnpinned(session: String)
    /// The session was pinned there already.
    case sessionAlreadyPinned(session: String)
    /// The session was not pinned.
    case sessionNotPinned(session: String)
    /// The programme checker finds nothing about the session where it is.
    case sessionCheckClean
    /// The programme checker's violations about the session follow.
    case sessionCheckIssues(Int)
    /// Allocation kept a party's pinned booths.
    case keptPinnedBooths(party: String, booths: [String])
    /// Timetabling kept a pinned session in its room at its start.
    case keptPinnedSession(session: String, room: String, start: LocalDateTime)
    /// A pinned session breaks rules where it is pinned: left there, not moved (its reasons are
    /// listed with the sessions not placed).
    case pinNotKept(session: String)
    /// A hand-made plan was not published: it breaks a rule or the sheet has an error; nothing
    /// was written.
    case publishRefused
    /// A hand-made programme puts pinned sessions elsewhere than where they are pinned (titles).
    case pinnedSessionsMoved([String])

    /// The wording in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
