/// The hard rules of a timetable, as stable codes for findings and unplaced-session reasons.
public enum TimetableRule: String, CaseIterable, Codable, Sendable {
    /// A programme names a session the problem does not have.
    case unknownSession = "unknown-session"
    /// A programme places a session in a room the venue does not have.
    case unknownRoom = "unknown-room"
    /// A programme places the same session twice.
    case placedTwice = "placed-twice"
    /// A session has no place in the programme.
    case notScheduled = "not-scheduled"
    /// A session lies outside the opening hours of every event day.
    case outsideHours = "outside-hours"
    /// A session with a fixed start is placed at another time.
    case fixedTime = "fixed-time"
    /// A session with a window is placed outside it.
    case window
    /// The room seats fewer than the expected audience.
    case capacity
    /// A session needing a video link is in a room without one.
    case videoLink = "video-link"
    /// Two sessions in one room at once.
    case roomConflict = "room-conflict"
    /// A person in two sessions at once.
    case personConflict = "person-conflict"
    /// A connection point linked to two sessions at once.
    case connectionPointConflict = "connection-point-conflict"
    /// A linked connection point is not available during the session.
    case connectionPointUnavailable = "connection-point-unavailable"
    /// A participant is not available during the session.
    case personUnavailable = "person-unavailable"
    /// A connection point's link test does not fit in its availability before its first session.
    case linkTest = "link-test"
    /// A precedence rule (first, last, after another session) is broken.
    case precedence
    /// A hard rule of the timeslot grid (`GridComponent`) the session would break wherever the
    /// search put it.
    case gridConstraint = "grid-constraint"
}
