/// A hard constraint of a timetabling problem as a conflict names it, with what messages show:
/// titles, names, times as the input gave them.
///
/// The wording of each case is in ``SchedulerMessage`` (``SchedulerMessage/conflictConstraint(_:)``).
public enum TimetableConstraint: Hashable, Sendable {
    /// A session (title) must be in the timetable.
    case mustBePlaced(session: String)
    /// A session (title) starts at a fixed time.
    case fixedStart(session: String, start: SchedulerMessage.Moment)
    /// A session (title) of so many minutes runs wholly inside a window.
    case window(session: String, window: SchedulerMessage.Span, minutes: Int)
    /// A session (title) pinned by an organiser in a room (name) at a start.
    case pinned(session: String, room: String, start: SchedulerMessage.Moment)
    /// A session (title) needs a room seating its audience.
    case capacity(session: String, audience: Int)
    /// A session (title) needs a room with a video link.
    case videoLink(session: String)
    /// A session (title) comes before every other.
    case first(session: String)
    /// A session (title) comes after every other.
    case last(session: String)
    /// A session (title) starts once another (title) has ended.
    case after(session: String, predecessor: String)
    /// A person is available only in these spans.
    case personAvailability(SchedulerMessage.PersonName, spans: [SchedulerMessage.Span])
    /// A connection point (name) is available only in these spans.
    case pointAvailability(point: String, spans: [SchedulerMessage.Span])
    /// A connection point (name) needs its link test of so many minutes just before its first
    /// linked session, inside its availability.
    case linkTest(point: String, leadMinutes: Int)
    /// A person is in one session at a time.
    case personOneAtATime(SchedulerMessage.PersonName)
    /// A connection point (name) is linked to one session at a time.
    case pointOneAtATime(point: String)
    /// A room (name) holds one session at a time.
    case roomOneAtATime(room: String)
}
