/// A session whose time or room changed between two programmes.
public struct SessionMove: Hashable, Codable, Sendable {
    /// The session as it was.
    public var from: ProgrammeEntry
    /// The session as it is now.
    public var to: ProgrammeEntry

    /// Creates a move.
    public init(from: ProgrammeEntry, to: ProgrammeEntry) {
        self.from = from
        self.to = to
    }

    /// Whether the start or end changed.
    public var timeChanged: Bool { from.time != to.time }
    /// Whether the room changed.
    public var roomChanged: Bool { from.room != to.room }
}
