public import Planning

/// A timeslot of a grid timetable: a start, an end, tags people may prefer or avoid, and the
/// session kinds it takes. Timeslots may overlap (a two-hour workshop beside two talks).
public struct GridTimeslot: Hashable, Codable, Sendable {
    /// When it starts.
    public var start: LocalDateTime
    /// When it ends (after `start`).
    public var end: LocalDateTime
    /// Its tags, such as «After lunch».
    public var tags: Set<String>
    /// The session kinds it takes; empty takes every kind.
    public var kinds: Set<String>

    /// Creates a timeslot.
    public init(start: LocalDateTime, end: LocalDateTime, tags: Set<String> = [], kinds: Set<String> = []) {
        self.start = start
        self.end = end
        self.tags = tags
        self.kinds = kinds
    }

    /// Its length in minutes.
    public var minutes: Int { end.minuteIndex - start.minuteIndex }

    /// Whether the timeslot takes a session kind.
    func takes(_ kind: String) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}
