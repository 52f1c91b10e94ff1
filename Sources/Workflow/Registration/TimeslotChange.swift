public import Planning

/// What adding or removing a timeslot did: the timeslot, and the grid after the change.
public struct TimeslotChange: Sendable {
    /// The timeslot added or removed.
    public var timeslot: Timeslot
    /// Every timeslot of the grid after the change, by start.
    public var grid: [Timeslot]
    /// The least pause between a person's sessions.
    public var pauseMinutes: Int
}
