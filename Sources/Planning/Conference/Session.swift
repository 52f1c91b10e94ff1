/// An item on a conference's programme.
public struct Session: Hashable, Codable, Sendable, Identifiable {
    /// The session's identifier.
    public let id: Identifier<Session>
    /// The title as printed on the programme.
    public var title: String
    /// The agenda kind.
    public var kind: AgendaKind
    /// The length in minutes (> 0).
    public var durationMinutes: Int
    /// The people with a part in it.
    public var participants: [SessionParticipant]
    /// The expected audience in the room; the room must seat them.
    public var expectedAudience: Int
    /// Whether the room needs a video link (implied when points are linked).
    public var needsVideoLink: Bool
    /// The connection points linked during the session.
    public var linkedPoints: [Identifier<ConnectionPoint>]
    /// When it may take place.
    public var timing: SessionTiming
    /// Precedence rules.
    public var order: [OrderConstraint]
    /// A track name keeping related sessions together, when any.
    public var track: String?
    /// The room it is scheduled in, once scheduled.
    public var room: String?
    /// The start it is scheduled at, once scheduled.
    public var start: LocalDateTime?
    /// Whether an organiser pinned it where it is (its `room` and `start`): timetabling keeps it
    /// there and never moves it.
    public var pinned: Bool
    /// What the timeslot grid knows of it: themes, sectors, audiences, level, content, language,
    /// room tags, exclusive tags, crowd risk (empty for events without a grid).
    public var profile: SessionProfile

    /// Creates a session.
    public init(
        id: Identifier<Session>,
        title: String,
        kind: AgendaKind,
        durationMinutes: Int,
        participants: [SessionParticipant] = [],
        expectedAudience: Int = 0,
        needsVideoLink: Bool = false,
        linkedPoints: [Identifier<ConnectionPoint>] = [],
        timing: SessionTiming = .free,
        order: [OrderConstraint] = [],
        track: String? = nil,
        room: String? = nil,
        start: LocalDateTime? = nil,
        pinned: Bool = false,
        profile: SessionProfile = SessionProfile()
    ) {
        self.id = id
        self.title = VietnameseText.normalized(title)
        self.kind = kind
        self.durationMinutes = durationMinutes
        self.participants = participants
        self.expectedAudience = expectedAudience
        self.needsVideoLink = needsVideoLink || !linkedPoints.isEmpty
        self.linkedPoints = linkedPoints
        self.timing = timing
        self.order = order
        self.track = track
        self.room = room
        self.start = start
        self.pinned = pinned
        self.profile = profile
    }

    /// Whether the session is pinned and placed: a room and a start timetabling must keep.
    public var isPinnedInPlace: Bool {
        pinned && room != nil && start != nil
    }

    /// The scheduled span, once scheduled.
    public var scheduledRange: TimeRange? {
        start.flatMap { TimeRange(start: $0, minutes: durationMinutes) }
    }
}
