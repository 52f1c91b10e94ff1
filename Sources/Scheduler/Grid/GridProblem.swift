/// A timetable on a grid of timeslots and rooms: every session gets one timeslot and one room
/// that take its kind (``GridTimetabler``), scored by the named components of ``GridComponent``
/// weighted by ``GridWeights``.
///
/// The grid model complements ``TimetableProblem`` (free starts within opening hours) for events
/// planned on fixed timeslots: it adds session kinds tied to timeslots and rooms, room and
/// timeslot tags required, preferred, prohibited or undesired by sessions and people, people's
/// unavailable timeslots, a minimum pause between a person's sessions, several prerequisites per
/// session, mutually exclusive tags, crowd-risk sessions, theme tracks kept apart and in one room
/// a day, related sessions on one day and popular sessions in larger rooms.
public struct GridProblem: Hashable, Codable, Sendable {
    /// The most sessions the grid timetabler takes: it keeps a table of every pair of sessions.
    public static let sessionLimit = 1_000
    /// The most sessions times cells (timeslots times rooms): it keeps each session's cost in
    /// each cell.
    public static let placeLimit = 4_000_000
    /// The longest timeslot, in minutes (a week): bounds every score's arithmetic.
    public static let timeslotMinutesLimit = 10_080

    /// The timeslots.
    public var timeslots: [GridTimeslot]
    /// The rooms.
    public var rooms: [GridRoom]
    /// The people.
    public var people: [GridPerson]
    /// The sessions.
    public var sessions: [GridSession]
    /// The fewest minutes between two sessions of one person on one day.
    public var minimumPauseMinutes: Int
    /// The weights of the score's components.
    public var weights: GridWeights

    /// Creates a problem.
    public init(
        timeslots: [GridTimeslot], rooms: [GridRoom], people: [GridPerson] = [], sessions: [GridSession],
        minimumPauseMinutes: Int = 0, weights: GridWeights = .standard
    ) {
        self.timeslots = timeslots
        self.rooms = rooms
        self.people = people
        self.sessions = sessions
        self.minimumPauseMinutes = minimumPauseMinutes
        self.weights = weights
    }

    /// Checks the problem is consistent; throws every problem found at once.
    ///
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` for no timeslots or rooms, a timeslot not
    ///   ending after its start or longer than ``timeslotMinutesLimit``, an index out of range, a session whose kind no timeslot or room
    ///   takes, or more than ``sessionLimit`` sessions.
    public func validate() throws(SchedulerError) {
        var problems: [SchedulerError.InstanceProblem] = []
        if timeslots.isEmpty { problems.append(.gridNoTimeslots) }
        if rooms.isEmpty { problems.append(.gridNoRooms) }
        if sessions.count > Self.sessionLimit {
            problems.append(.gridTooManySessions(count: sessions.count, limit: Self.sessionLimit))
        }
        let cells = timeslots.count * rooms.count
        if cells > Self.placeLimit || sessions.count * cells > Self.placeLimit {
            problems.append(
                .gridTooManyPlaces(sessions: sessions.count, cells: cells, limit: Self.placeLimit))
        }
        for (index, slot) in timeslots.enumerated() {
            if slot.minutes <= 0 { problems.append(.gridTimeslotNotAfterStart(timeslot: index + 1)) }
            if slot.minutes > Self.timeslotMinutesLimit {
                problems.append(.gridTimeslotTooLong(timeslot: index + 1, limit: Self.timeslotMinutesLimit))
            }
        }
        for person in people {
            for slot in person.unavailable.sorted() where !timeslots.indices.contains(slot) {
                problems.append(.gridUnknownIndex(owner: person.name, index: slot))
            }
        }
        for session in sessions {
            let references =
                session.people.filter { !people.indices.contains($0) }
                + session.prerequisites.filter { !sessions.indices.contains($0) }
                + (session.timeslots ?? []).sorted().filter { !timeslots.indices.contains($0) }
                + (session.rooms ?? []).sorted().filter { !rooms.indices.contains($0) }
            for index in references {
                problems.append(.gridUnknownIndex(owner: session.name, index: index))
            }
            if let pin = session.pin {
                for index in [pin.timeslot].filter({ !timeslots.indices.contains($0) })
                    + [pin.room].filter({ !rooms.indices.contains($0) })
                {
                    problems.append(.gridUnknownIndex(owner: session.name, index: index))
                }
            } else if !timeslots.indices.contains(where: { slot in
                rooms.indices.contains { session.mayTake(slot: slot, room: $0, of: self) }
            }) {
                problems.append(.gridNoPlaceForKind(session: session.name, kind: session.kind))
            }
        }
        if !problems.isEmpty { throw .invalidInstance(problems) }
    }
}
