/// A meeting room of a venue.
public struct Room: Hashable, Codable, Sendable, Identifiable {
    /// The room's identifier, unique within a venue.
    public let id: String
    /// The room's name, e.g. "Phòng họp 2".
    public var name: String
    /// Seats in the room's layout; validation reports a room without capacity.
    public var capacity: Int
    /// The seating layout.
    public var layout: RoomLayout
    /// Whether the room has video-link equipment for connection points.
    public var hasVideoLink: Bool
    /// The floor the room is on, when known.
    public var floor: Int?
    /// The room's tags (for example «sân-khấu», «tầng-trệt»), sorted, which sessions' and
    /// people's room tag rules refer to.
    public var tags: [String] = []
    /// The session kinds the room takes on a timeslot grid, sorted; empty for any kind.
    public var kinds: [AgendaKind] = []

    /// Creates a room.
    public init(
        id: String, name: String, capacity: Int, layout: RoomLayout = .theatre, hasVideoLink: Bool = false,
        floor: Int? = nil, tags: [String] = [], kinds: [AgendaKind] = []
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.capacity = capacity
        self.layout = layout
        self.hasVideoLink = hasVideoLink
        self.floor = floor
        self.tags = TagRules.cleaned(tags)
        self.kinds = Array(Set(kinds)).sorted { $0.rawValue < $1.rawValue }
    }

    /// Whether a session of `kind` may be timetabled in the room on a timeslot grid.
    public func takes(_ kind: AgendaKind) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}
