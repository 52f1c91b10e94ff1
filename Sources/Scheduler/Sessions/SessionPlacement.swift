public import Planning

/// One session of a programme placed in a room at a start time.
///
/// Used for a published programme (the soft "fewest sessions moved" component compares against
/// it) and for a hand-made programme given to `TimetableChecker`. Encoded with readable keys:
/// `session`, `room`, `start` (ISO 8601 with `+07:00`).
public struct SessionPlacement: Hashable, Codable, Sendable {
    /// The session.
    public var session: Identifier<Session>
    /// The room's identifier in the venue.
    public var room: String
    /// The start, local time.
    public var start: LocalDateTime

    /// Creates a placement.
    public init(session: Identifier<Session>, room: String, start: LocalDateTime) {
        self.session = session
        self.room = room
        self.start = start
    }

    /// The placements a plan's sessions carry (sessions with both a room and a start), in order.
    public static func programme(of plan: Plan) -> [SessionPlacement] {
        plan.sessions.compactMap { session in
            guard let room = session.room, let start = session.start else { return nil }
            return SessionPlacement(session: session.id, room: room, start: start)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case session, room, start
    }

    /// Decodes a placement whose start is ISO 8601 text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        session = try container.decode(Identifier<Session>.self, forKey: .session)
        room = try container.decode(String.self, forKey: .room)
        start = try container.decodeLocalDateTime(forKey: .start)
    }

    /// Encodes the placement with its start as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(session, forKey: .session)
        try container.encode(room, forKey: .room)
        try container.encode(start.iso8601, forKey: .start)
    }
}
