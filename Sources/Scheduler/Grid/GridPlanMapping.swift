public import Planning

/// An event's timeslot grid as a `GridProblem`: the plan's timeslots, the venue's rooms, the
/// sessions that have a place on the grid (each restricted to the timeslots and rooms its kind,
/// length, fixed start or window, seats, video link and connection points allow), their people
/// and every rule as a grid component; and the sessions that have no place, with the reason.
///
/// People are the sessions' participants, with the timeslots their schedules rule out and their
/// tag wishes. A connection point is an exclusive tag of its sessions, so that no two of them
/// run at once (a point is not a person: it needs no pause and may link sessions on any day).
/// `.after` becomes a prerequisite, `.first` a prerequisite of every other session and `.last`
/// every other session a prerequisite of it. A theme is a session's themes and its track;
/// popularity is its expected audience. A session the published programme has on the grid costs
/// `publishedMoved` elsewhere.
public struct GridPlanMapping: Sendable {
    /// The grid problem of the sessions that have a place.
    public var problem: GridProblem
    /// The plan's timeslots, in the problem's order (by start).
    public let timeslots: [Timeslot]
    /// The venue's rooms, in the problem's order.
    public let rooms: [Room]
    /// For each session of the problem, the session of the plan.
    public var sessions: [Session]
    /// The sessions of the plan with no place on the grid, with the reason.
    public var unplaced: [UnplacedSession]

    /// Maps `plan` (its event's timeslots, its venue's rooms, its sessions and people); with
    /// `pointsAsTags` false, connection points are left out (a check that reports them apart).
    public init(
        plan: Plan, publishedProgramme: [SessionPlacement] = [], weights: GridWeights = .standard,
        pointsAsTags: Bool = true
    ) {
        let timeslots = plan.event.timeslots.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let rooms = plan.venue?.rooms ?? []
        self.timeslots = timeslots
        self.rooms = rooms
        let people = Self.people(of: plan)
        var sessions: [Session] = []
        var gridSessions: [GridSession] = []
        var unplaced: [UnplacedSession] = []
        for session in plan.sessions {
            switch Self.place(session, plan: plan, timeslots: timeslots, rooms: rooms) {
            case .nowhere(let reason):
                unplaced.append(
                    UnplacedSession(
                        session: session.id, title: session.title,
                        reasons: [
                            TimetableIssue(rule: .gridConstraint, sessions: [session.id], message: reason)
                        ]))
            case .somewhere(let place):
                sessions.append(session)
                gridSessions.append(
                    Self.gridSession(session, place: place, people: people.index, pointsAsTags: pointsAsTags))
            }
        }
        Self.addOrder(sessions, to: &gridSessions)
        for placement in publishedProgramme {
            guard let position = sessions.firstIndex(where: { $0.id == placement.session }),
                let slot = timeslots.firstIndex(where: { $0.start == placement.start }),
                let room = rooms.firstIndex(where: { $0.id == placement.room })
            else { continue }
            gridSessions[position].published = GridCell(timeslot: slot, room: room)
        }
        self.sessions = sessions
        self.unplaced = unplaced
        problem = GridProblem(
            timeslots: timeslots.map {
                GridTimeslot(
                    start: $0.start, end: $0.end, tags: Set($0.tags), kinds: Set($0.kinds.map(\.rawValue)))
            },
            rooms: rooms.map {
                GridRoom(
                    name: $0.id, capacity: $0.capacity, tags: Set($0.tags),
                    kinds: Set($0.kinds.map(\.rawValue)))
            },
            people: people.list.map { person in
                Self.gridPerson(person, timeslots: timeslots)
            },
            sessions: gridSessions, minimumPauseMinutes: plan.event.pauseMinutes, weights: weights)
    }

    /// Where a session may go: its pin, or the timeslots and rooms allowed.
    enum Place {
        case pinned(GridCell)
        case allowed(timeslots: Set<Int>, rooms: Set<Int>)
    }

    /// Where a session may go, or why nowhere.
    enum Placing {
        case somewhere(Place)
        case nowhere(SchedulerMessage)
    }

    /// The people of the plan's sessions, in the order they first appear, and their indexes.
    static func people(of plan: Plan) -> (list: [Person], index: [Identifier<Person>: Int]) {
        let byID = Dictionary(plan.people.map { ($0.id, $0) }) { first, _ in first }
        var list: [Person] = []
        var index: [Identifier<Person>: Int] = [:]
        for session in plan.sessions {
            for participant in session.participants where index[participant.person] == nil {
                guard let person = byID[participant.person] else { continue }
                index[person.id] = list.count
                list.append(person)
            }
        }
        return (list, index)
    }

    /// A person on the grid: timeslots overlapping a span away, tag wishes (required and
    /// prohibited timeslot tags count as preferred and undesired).
    static func gridPerson(_ person: Person, timeslots: [Timeslot]) -> GridPerson {
        let schedule = person.schedule
        var unavailable = Set<Int>()
        for (index, slot) in timeslots.enumerated() {
            if let range = slot.range, schedule.isAway(during: range) { unavailable.insert(index) }
        }
        let slotTags = schedule.timeslotTags
        return GridPerson(
            name: person.displayName(.vietnamese), unavailable: unavailable,
            timeslotTags: GridTagRules(
                preferred: Set(slotTags.required + slotTags.preferred),
                undesired: Set(slotTags.prohibited + slotTags.undesired)),
            roomTags: GridTagRules(schedule.roomTags))
    }

    /// Where `session` may go, or why it may go nowhere.
    static func place(
        _ session: Session, plan: Plan, timeslots: [Timeslot], rooms: [Room]
    ) -> Placing {
        if session.isPinnedInPlace, let start = session.start, let room = session.room {
            guard let slot = timeslots.firstIndex(where: { $0.start == start }),
                let roomIndex = rooms.firstIndex(where: { $0.id == room })
            else {
                let name = rooms.first { $0.id == room }?.name ?? room
                return .nowhere(.gridPinOffGrid(room: name, start: start))
            }
            return .somewhere(.pinned(GridCell(timeslot: slot, room: roomIndex)))
        }
        var slots = timeslots.indices.filter { timeslots[$0].takes(session.kind) }
        if slots.isEmpty { return .nowhere(.gridNoTimeslotOfKind(kind: session.kind)) }
        slots = slots.filter { timeslots[$0].minutes >= session.durationMinutes }
        if slots.isEmpty { return .nowhere(.gridNoTimeslotLongEnough(minutes: session.durationMinutes)) }
        switch session.timing {
        case .free: break
        case .fixed(let start):
            slots = slots.filter { timeslots[$0].start == start }
            if slots.isEmpty { return .nowhere(.gridNoTimeslotAtFixedStart(start)) }
        case .window(let window):
            slots = slots.filter { slot in
                TimeRange(start: timeslots[slot].start, minutes: session.durationMinutes).map(window.contains)
                    ?? false
            }
            if slots.isEmpty { return .nowhere(.gridNoTimeslotInWindow(window)) }
        }
        for id in session.linkedPoints {
            guard let point = plan.connectionPoint(id) else { continue }
            slots = slots.filter { ready(point, at: timeslots[$0].start, minutes: session.durationMinutes) }
            if slots.isEmpty {
                return .nowhere(.gridPointNotReady(point: point.name, leadMinutes: point.linkTestLeadMinutes))
            }
        }
        let video = session.needsVideoLink
        let allowedRooms = rooms.indices.filter { index in
            let room = rooms[index]
            return room.takes(session.kind) && room.capacity >= session.expectedAudience
                && (!video || room.hasVideoLink)
        }
        if allowedRooms.isEmpty {
            return .nowhere(
                .gridNoRoom(kind: session.kind, seats: session.expectedAudience, videoLink: video))
        }
        return .somewhere(.allowed(timeslots: Set(slots), rooms: Set(allowedRooms)))
    }

    /// Whether a connection point can link a session starting at `start`: within its hours, with
    /// its link test's lead time before the start inside the same span (a point without hours is
    /// always ready). The point is tested before its first session of each day; asking the lead
    /// time before every session, not only the day's first, may rule out a timeslot of the point's
    /// opening hour that follows another of its sessions that day.
    static func ready(_ point: ConnectionPoint, at start: LocalDateTime, minutes: Int) -> Bool {
        guard !point.availability.isEmpty else { return true }
        guard let range = TimeRange(start: start, minutes: minutes),
            let withTest = TimeRange(start: start.adding(minutes: -point.linkTestLeadMinutes), end: range.end)
        else { return false }
        return point.availability.contains { $0.contains(withTest) }
    }

    /// A session of the plan on the grid.
    static func gridSession(
        _ session: Session, place: Place, people: [Identifier<Person>: Int], pointsAsTags: Bool = true
    ) -> GridSession {
        let profile = session.profile
        var grid = GridSession(
            name: session.title, kind: session.kind.rawValue,
            people: session.participants.compactMap { people[$0.person] },
            themes: Set(profile.themes + (session.track.map { [$0] } ?? [])), sectors: Set(profile.sectors),
            audiences: Set(profile.audiences), level: profile.level, content: Set(profile.content),
            language: profile.language, roomTags: GridTagRules(profile.roomTags),
            exclusiveTags: Set(
                profile.exclusiveTags
                    + (pointsAsTags ? session.linkedPoints.map { "điểm-cầu:" + $0.rawValue } : [])),
            popularity: session.expectedAudience, crowdRisk: profile.crowdRisk)
        switch place {
        case .pinned(let cell): grid.pin = cell
        case .allowed(let timeslots, let rooms):
            grid.timeslots = timeslots
            grid.rooms = rooms
        }
        return grid
    }

    /// The sessions' order rules as prerequisites (rules on sessions not on the grid are dropped).
    static func addOrder(_ sessions: [Session], to grid: inout [GridSession]) {
        let index = Dictionary(sessions.enumerated().map { ($1.id, $0) }) { first, _ in first }
        var before = [Set<Int>](repeating: [], count: sessions.count)
        for (position, session) in sessions.enumerated() {
            for rule in session.order {
                switch rule {
                case .after(let id):
                    if let other = index[id], other != position { before[position].insert(other) }
                case .first:
                    for other in sessions.indices where other != position { before[other].insert(position) }
                case .last:
                    for other in sessions.indices where other != position { before[position].insert(other) }
                }
            }
        }
        for position in grid.indices { grid[position].prerequisites = before[position].sorted() }
    }
}

extension GridPlanMapping {
    /// Records the session at `position` as left out for breaking `components` (it stays in
    /// ``sessions`` until ``keeping(_:)`` drops it).
    mutating func leaveOut(_ position: Int, breaking components: [GridComponent]) {
        let session = sessions[position]
        unplaced.append(
            UnplacedSession(
                session: session.id, title: session.title,
                reasons: [
                    TimetableIssue(
                        rule: .gridConstraint, sessions: [session.id],
                        message: SchedulerMessage.gridBreaks(components))
                ]))
    }

    /// The mapping with only the sessions at `positions` (in order) on the grid; prerequisites
    /// and pins follow them.
    func keeping(_ positions: [Int]) -> GridPlanMapping {
        var copy = self
        var newIndex: [Int: Int] = [:]
        for (new, old) in positions.enumerated() { newIndex[old] = new }
        copy.sessions = positions.map { sessions[$0] }
        copy.problem.sessions = positions.map { old in
            var session = problem.sessions[old]
            session.prerequisites = session.prerequisites.compactMap { newIndex[$0] }
            return session
        }
        return copy
    }
}
