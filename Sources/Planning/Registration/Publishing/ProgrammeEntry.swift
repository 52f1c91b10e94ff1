/// A session as a change log names it: title, time and room.
public struct ProgrammeEntry: Hashable, Codable, Sendable {
    /// The session.
    public var session: Identifier<Session>
    /// The title as published.
    public var title: String
    /// The scheduled span, when scheduled.
    public var time: TimeRange?
    /// The room's name, when scheduled in a room.
    public var room: String?
    /// The connection points linked to it.
    public var linkedPoints: [Identifier<ConnectionPoint>]

    /// Creates an entry.
    public init(
        session: Identifier<Session>, title: String, time: TimeRange?, room: String?,
        linkedPoints: [Identifier<ConnectionPoint>] = []
    ) {
        self.session = session
        self.title = title
        self.time = time
        self.room = room
        self.linkedPoints = linkedPoints
    }
}
