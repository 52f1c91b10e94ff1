/// A programme as published: the sessions, the names of rooms, and the connection points and
/// people the sessions name, as they were then.
///
/// A published version keeps the points and people it was sent with, so removing a point or a
/// person afterwards (`remove … --cascade`) never alters the published programme, and the change
/// log can name them.
public struct ProgrammeSnapshot: Hashable, Codable, Sendable {
    /// The sessions, as they stood.
    public var sessions: [Session]
    /// Room names by room identifier.
    public var roomNames: [String: String]
    /// The connection points the sessions are linked to, and their chairs' points, as they stood
    /// (empty in versions published before FairPlan kept them).
    public var connectionPoints: [ConnectionPoint]
    /// The people taking part in the sessions or chairing their points, as they stood (empty in
    /// versions published before FairPlan kept them).
    public var people: [Person]

    /// Creates a snapshot from sessions, room names, points and people.
    public init(
        sessions: [Session], roomNames: [String: String] = [:], connectionPoints: [ConnectionPoint] = [],
        people: [Person] = []
    ) {
        self.sessions = sessions
        self.roomNames = roomNames
        self.connectionPoints = connectionPoints
        self.people = people
    }

    /// The current programme of a plan, with the venue's room names and the points and people
    /// its sessions name.
    public init(plan: Plan) {
        var names: [String: String] = [:]
        for room in plan.venue?.rooms ?? [] {
            names[room.id] = room.name
        }
        let linked = Set(plan.sessions.flatMap(\.linkedPoints))
        let points = plan.connectionPoints.filter { linked.contains($0.id) }
        let named = Set(plan.sessions.flatMap { $0.participants.map(\.person) })
            .union(points.compactMap(\.chair))
        self.init(
            sessions: plan.sessions, roomNames: names, connectionPoints: points,
            people: plan.people.filter { named.contains($0.id) })
    }

    /// The room's name, or its identifier when the snapshot has no name for it.
    public func roomName(_ id: String) -> String {
        roomNames[id] ?? id
    }

    /// The point's name as published, or its identifier when the snapshot has no name for it.
    public func pointName(_ id: Identifier<ConnectionPoint>) -> String {
        connectionPoints.first { $0.id == id }?.name ?? id.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case sessions, roomNames, connectionPoints, people
    }

    /// Decodes a snapshot; versions published before points and people were kept have none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            sessions: try container.decode([Session].self, forKey: .sessions),
            roomNames: try container.decodeIfPresent([String: String].self, forKey: .roomNames) ?? [:],
            connectionPoints: try container.decodeIfPresent([ConnectionPoint].self, forKey: .connectionPoints)
                ?? [],
            people: try container.decodeIfPresent([Person].self, forKey: .people) ?? [])
    }
}
