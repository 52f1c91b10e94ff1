public import Planning

/// The link test (thử đường truyền) of a connection point.
///
/// Placement rule, shared by the solver and the checker: the test takes the point's
/// `linkTestLeadMinutes` immediately before the start of the point's first linked session of each
/// day (the equipment is set up and tested again every morning), and that whole span must lie
/// inside one of the point's availability spans (a point without availability spans is always
/// available). Later linked sessions of the same day need no new test.
public struct LinkTest: Hashable, Codable, Sendable {
    /// The connection point.
    public var point: Identifier<ConnectionPoint>
    /// The point's name.
    public var pointName: String
    /// When the test starts.
    public var start: LocalDateTime
    /// When the test ends: the start of the first linked session.
    public var end: LocalDateTime
    /// The point's first linked session of the day.
    public var session: Identifier<Session>

    /// Creates a link test.
    public init(
        point: Identifier<ConnectionPoint>, pointName: String, start: LocalDateTime, end: LocalDateTime,
        session: Identifier<Session>
    ) {
        self.point = point
        self.pointName = pointName
        self.start = start
        self.end = end
        self.session = session
    }

    private enum CodingKeys: String, CodingKey {
        case point, pointName, start, end, session
    }

    /// Decodes a link test whose times are ISO 8601 text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        point = try container.decode(Identifier<ConnectionPoint>.self, forKey: .point)
        pointName = try container.decode(String.self, forKey: .pointName)
        start = try container.decodeLocalDateTime(forKey: .start)
        end = try container.decodeLocalDateTime(forKey: .end)
        session = try container.decode(Identifier<Session>.self, forKey: .session)
    }

    /// Encodes the link test with its times as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(point, forKey: .point)
        try container.encode(pointName, forKey: .pointName)
        try container.encode(start.iso8601, forKey: .start)
        try container.encode(end.iso8601, forKey: .end)
        try container.encode(session, forKey: .session)
    }
}
