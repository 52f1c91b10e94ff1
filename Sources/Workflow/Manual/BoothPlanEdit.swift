public import Planning
public import Scheduler

/// What a booth command by hand did (assign, move, swap, pin, unpin): each party's booths before
/// and after, the pins set or lifted, and what the booth-plan checker found about the change.
public struct BoothPlanEdit: Sendable {
    /// Each party the command concerns: its booths before and after (sorted; the same when only
    /// pins changed).
    public var parties: [PartyMove]
    /// Booths pinned by the command (allocation keeps them), sorted.
    public var pinned: [String]
    /// Booths whose pin the command lifted, sorted.
    public var unpinned: [String]
    /// What `check booths`'s checker finds about the parties and booths concerned, hard rules
    /// first.
    public var findings: [BoothFinding]
    /// Whether hard rules are broken and the change was written anyway (`--force`).
    public var forced: Bool
    /// Whether the booth plan changed (false when, say, the booths were pinned already).
    public var changed: Bool
    /// Registration statuses the change moved (names), such as a party now placed.
    public var statusChanges: [(party: String, status: RegistrationStatus)]

    /// The hard violations among the findings.
    public var hardViolations: [BoothFinding] { findings.filter(\.isHard) }
}
