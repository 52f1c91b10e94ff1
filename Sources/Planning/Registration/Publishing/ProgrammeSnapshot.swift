/// A programme as published: the sessions and the names of rooms and connection points then.
public struct ProgrammeSnapshot: Hashable, Codable, Sendable {
    /// The sessions, as they stood.
    public var sessions: [Session]
    /// Room names by room identifier.
    public var roomNames: [String: String]

    /// Creates a snapshot from sessions and room names.
    public init(sessions: [Session], roomNames: [String: String] = [:]) {
        self.sessions = sessions
        self.roomNames = roomNames
    }

    /// The current programme of a plan, with the venue's room names.
    public init(plan: Plan) {
        var names: [String: String] = [:]
        for room in plan.venue?.rooms ?? [] {
            names[room.id] = room.name
        }
        self.init(sessions: plan.sessions, roomNames: names)
    }

    /// The room's name, or its identifier when the snapshot has no name for it.
    public func roomName(_ id: String) -> String {
        roomNames[id] ?? id
    }
}
