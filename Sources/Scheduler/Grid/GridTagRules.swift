/// Tags a session or a person asks of a room or a timeslot: required (hard), preferred (soft),
/// prohibited (hard) and undesired (soft).
public struct GridTagRules: Hashable, Codable, Sendable {
    /// Tags the room must have.
    public var required: Set<String>
    /// Tags the room or timeslot should have.
    public var preferred: Set<String>
    /// Tags the room must not have.
    public var prohibited: Set<String>
    /// Tags the room or timeslot should not have.
    public var undesired: Set<String>

    /// Creates rules; all empty by default.
    public init(
        required: Set<String> = [], preferred: Set<String> = [], prohibited: Set<String> = [],
        undesired: Set<String> = []
    ) {
        self.required = required
        self.preferred = preferred
        self.prohibited = prohibited
        self.undesired = undesired
    }

    /// How many of `tags` are missing from `available`.
    static func missing(_ tags: Set<String>, from available: Set<String>) -> Int {
        tags.reduce(0) { $0 + (available.contains($1) ? 0 : 1) }
    }

    /// How many of `tags` are in `present`.
    static func shared(_ tags: Set<String>, _ present: Set<String>) -> Int {
        tags.count <= present.count
            ? tags.reduce(0) { $0 + (present.contains($1) ? 1 : 0) }
            : present.reduce(0) { $0 + (tags.contains($1) ? 1 : 0) }
    }
}
