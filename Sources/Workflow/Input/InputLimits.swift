public import Planning

/// The ranges numbers typed by people must fall in, checked by every use case that takes them:
/// Planning's ``Limits``, the one place FairPlan's limits are kept, named for the inputs.
public enum InputLimits {
    /// Booths one party may ask for.
    public static let boothsPerParty = Limits.boothsPerParty
    /// Members of an organisation (for a union: member cooperatives).
    public static let members = Limits.organisationMembers
    /// A party's priority on the waiting list.
    public static let priority = Limits.partyPriority
    /// Seats of a connection point's hall or a session's audience.
    public static let capacity = Limits.seats
    /// Minutes of a session.
    public static let minutes = Limits.sessionMinutes
    /// Minutes of a link test (0: none needed).
    public static let linkTestMinutes = Limits.linkTestMinutes
    /// Improvement steps of a search.
    public static let iterations = Limits.solverIterations
    /// Seconds a search may run.
    public static let timeLimitSeconds = Limits.solverSeconds
    /// Findings listed per severity in a summary.
    public static let findings = Limits.findingsListed
    /// Timeslots of an event's grid.
    public static let timeslots = Limits.timeslots
    /// Minutes of the least pause between a person's sessions.
    public static let pauseMinutes = Limits.pauseMinutes
    /// Spans a person may be marked away for.
    public static let unavailableSpans = Limits.unavailableSpans
    /// Tags, themes or other grid labels on one session, person or timeslot.
    public static let gridLabels = Limits.gridLabels
    /// A session's level on the grid.
    public static let level = SessionProfile.levels
    /// OCOP stars (anything else is recorded and flagged by validation).
    public static let stars = Limits.starsTyped
}
