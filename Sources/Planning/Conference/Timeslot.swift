/// One timeslot of an event's timeslot grid (khung giờ): sessions of the kinds it takes are
/// timetabled into it, one per room, starting at its start.
///
/// An event with a grid is timetabled slot by slot (`GridTimetabler`); without one, sessions
/// start at any quarter hour within the day's opening hours.
public struct Timeslot: Hashable, Codable, Sendable {
    /// When the timeslot starts (+07:00).
    public var start: LocalDateTime
    /// When it ends; after `start`.
    public var end: LocalDateTime
    /// The session kinds it takes, sorted; empty for any kind.
    public var kinds: [AgendaKind]
    /// Its tags (for example «sáng», «sau-giải-lao»), sorted, which people's and sessions' tag
    /// rules refer to.
    public var tags: [String]

    /// A timeslot; kinds and tags are kept sorted and without repeats, tags in NFC.
    public init(start: LocalDateTime, end: LocalDateTime, kinds: [AgendaKind] = [], tags: [String] = []) {
        self.start = start
        self.end = end
        self.kinds = Array(Set(kinds)).sorted { $0.rawValue < $1.rawValue }
        self.tags = TagRules.cleaned(tags)
    }

    /// Its span, nil when it does not end after it starts.
    public var range: TimeRange? { TimeRange(start: start, end: end) }

    /// Its length in minutes.
    public var minutes: Int { end.minuteIndex - start.minuteIndex }

    /// Whether a session of `kind` may be timetabled in it.
    public func takes(_ kind: AgendaKind) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}

extension Timeslot {
    /// `08:00–09:30 16/11/2026`, as a time range is written.
    public var spanText: String {
        range?.description ?? "\(start) – \(end)"
    }
}
