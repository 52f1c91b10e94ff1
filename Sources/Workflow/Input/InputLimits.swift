/// The ranges numbers typed by people must fall in, checked by every use case that takes them.
public enum InputLimits {
    /// Booths one party may ask for.
    public static let boothsPerParty = 1...200
    /// Members of an organisation (for a union: member cooperatives).
    public static let members = 0...10_000_000
    /// A party's priority on the waiting list.
    public static let priority = -1_000...1_000
    /// Seats of a connection point's hall or a session's audience.
    public static let capacity = 0...1_000_000
    /// Minutes of a session or of a link test.
    public static let minutes = 1...(24 * 60)
    /// Minutes of a link test (0: none needed).
    public static let linkTestMinutes = 0...(24 * 60)
    /// Improvement steps of a search.
    public static let iterations = 0...1_000_000_000
    /// Seconds a search may run.
    public static let timeLimitSeconds = 0.001...3_600.0
    /// Findings listed per severity in a summary.
    public static let findings = 0...100_000
    /// OCOP stars (anything else is recorded and flagged by validation).
    public static let stars = 0...10
}
