/// A place in a grid timetable: a timeslot and a room (indices into the problem's lists).
public struct GridCell: Hashable, Codable, Sendable {
    /// The timeslot index.
    public var timeslot: Int
    /// The room index.
    public var room: Int

    /// Creates a cell.
    public init(timeslot: Int, room: Int) {
        self.timeslot = timeslot
        self.room = room
    }
}
