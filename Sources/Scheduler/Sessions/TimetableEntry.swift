public import Planning

/// One line of a timetable: a session in a room at a start.
public struct TimetableEntry: Hashable, Codable, Sendable {
    /// The session.
    public var session: Identifier<Session>
    /// The session's title.
    public var title: String
    /// The room's identifier.
    public var room: String
    /// The room's name.
    public var roomName: String
    /// The start.
    public var start: LocalDateTime
    /// The end.
    public var end: LocalDateTime
    /// The connection points linked.
    public var linkedPoints: [Identifier<ConnectionPoint>]

    /// Creates an entry.
    public init(
        session: Identifier<Session>, title: String, room: String, roomName: String, start: LocalDateTime,
        end: LocalDateTime, linkedPoints: [Identifier<ConnectionPoint>] = []
    ) {
        self.session = session
        self.title = title
        self.room = room
        self.roomName = roomName
        self.start = start
        self.end = end
        self.linkedPoints = linkedPoints
    }

    /// The entry as a placement.
    public var placement: SessionPlacement {
        SessionPlacement(session: session, room: room, start: start)
    }

    private enum CodingKeys: String, CodingKey {
        case session, title, room, roomName, start, end, linkedPoints
    }

    /// Decodes an entry whose times are ISO 8601 text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        session = try container.decode(Identifier<Session>.self, forKey: .session)
        title = try container.decode(String.self, forKey: .title)
        room = try container.decode(String.self, forKey: .room)
        roomName = try container.decode(String.self, forKey: .roomName)
        start = try container.decodeLocalDateTime(forKey: .start)
        end = try container.decodeLocalDateTime(forKey: .end)
        linkedPoints = try container.decode([Identifier<ConnectionPoint>].self, forKey: .linkedPoints)
    }

    /// Encodes the entry with its times as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(session, forKey: .session)
        try container.encode(title, forKey: .title)
        try container.encode(room, forKey: .room)
        try container.encode(roomName, forKey: .roomName)
        try container.encode(start.iso8601, forKey: .start)
        try container.encode(end.iso8601, forKey: .end)
        try container.encode(linkedPoints, forKey: .linkedPoints)
    }
}
