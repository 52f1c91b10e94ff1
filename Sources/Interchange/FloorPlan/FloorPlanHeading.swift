public import Planning

/// What the title block of a floor plan says: the event, its dates, and which version of the
/// booth plan is drawn (a published version and its date, or a draft).
public struct FloorPlanHeading: Hashable, Sendable {
    /// The event's name.
    public var eventName: String
    /// The organiser, shown under the name when known.
    public var organiser: String?
    /// The event's first day.
    public var firstDay: CalendarDate?
    /// The event's last day.
    public var lastDay: CalendarDate?
    /// The published booth-plan version drawn; nil for a draft (the working plan).
    public var version: Int?
    /// When that version was published.
    public var publishedAt: LocalDateTime?

    /// Creates a heading.
    public init(
        eventName: String, organiser: String? = nil, firstDay: CalendarDate? = nil,
        lastDay: CalendarDate? = nil, version: Int? = nil, publishedAt: LocalDateTime? = nil
    ) {
        self.eventName = eventName
        self.organiser = organiser
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.version = version
        self.publishedAt = publishedAt
    }

    /// The heading of `event`'s plan, published as `version` at `publishedAt`, or a draft.
    public init(event: Event, version: Int? = nil, publishedAt: LocalDateTime? = nil) {
        self.init(
            eventName: event.name, organiser: event.organiser.isEmpty ? nil : event.organiser,
            firstDay: event.firstDay, lastDay: event.lastDay, version: version, publishedAt: publishedAt)
    }
}
