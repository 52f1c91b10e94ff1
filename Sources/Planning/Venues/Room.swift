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

    /// Creates a room.
    public init(
        id: String, name: String, capacity: Int, layout: RoomLayout = .theatre, hasVideoLink: Bool = false,
        floor: Int? = nil
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.capacity = capacity
        self.layout = layout
        self.hasVideoLink = hasVideoLink
        self.floor = floor
    }
}
