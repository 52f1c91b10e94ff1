/// A room of a grid timetable: a name, the seats, tags sessions and people may require, prefer,
/// avoid or prohibit, and the session kinds it takes.
public struct GridRoom: Hashable, Codable, Sendable {
    /// Its name.
    public var name: String
    /// How many it seats (a more popular session should not get a smaller room).
    public var capacity: Int
    /// Its tags, such as «Recorded» or «Large».
    public var tags: Set<String>
    /// The session kinds it takes; empty takes every kind.
    public var kinds: Set<String>

    /// Creates a room.
    public init(name: String, capacity: Int, tags: Set<String> = [], kinds: Set<String> = []) {
        self.name = name
        self.capacity = capacity
        self.tags = tags
        self.kinds = kinds
    }

    /// Whether the room takes a session kind.
    func takes(_ kind: String) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}
