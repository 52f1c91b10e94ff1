public import Planning

/// Everything the session timetabler needs: days, slot size, rooms, connection points, sessions,
/// people's availability and preferences, an optional published programme and the score weights.
///
/// Build one from a plan with `init(plan:personAvailability:publishedProgramme:slotMinutes:weights:)`
/// (which takes the sessions ``timetabledSessions(of:)`` names) or field by field (the synthetic
/// generator does). `validate()` lists every inconsistency.
public struct TimetableProblem: Hashable, Sendable {
    /// The event days with their opening hours; sessions lie wholly inside one day's hours.
    public var days: [EventDay]
    /// The grid, in minutes from each day's opening, on which free and windowed sessions start.
    public var slotMinutes: Int
    /// The rooms sessions can be placed in.
    public var rooms: [Room]
    /// The connection points sessions link.
    public var connectionPoints: [ConnectionPoint]
    /// The sessions to place; `room` is ignored and `start` is only one more start to try (see
    /// `publishedProgramme`), except for a session pinned in place, which is placed exactly there
    /// or not at all.
    public var sessions: [Session]
    /// Display names of people, e.g. "Ông Nguyễn Văn An", for reasons and findings.
    public var personNames: [Identifier<Person>: String]
    /// People's availability (hard) and preferences (soft); people not listed are always free.
    public var personAvailability: [PersonAvailability]
    /// The programme already published, when any: moving a session away from it costs.
    public var publishedProgramme: [SessionPlacement]
    /// The soft components' weights.
    public var weights: TimetableWeights

    /// Creates a problem.
    public init(
        days: [EventDay], slotMinutes: Int = 15, rooms: [Room], connectionPoints: [ConnectionPoint] = [],
        sessions: [Session], personNames: [Identifier<Person>: String] = [:],
        personAvailability: [PersonAvailability] = [], publishedProgramme: [SessionPlacement] = [],
        weights: TimetableWeights = .standard
    ) {
        self.days = days.sorted { $0.date < $1.date }
        self.slotMinutes = slotMinutes
        self.rooms = rooms
        self.connectionPoints = connectionPoints
        self.sessions = sessions
        self.personNames = personNames
        self.personAvailability = personAvailability
        self.publishedProgramme = publishedProgramme
        self.weights = weights
    }

    /// A person as messages name them: the display name given, or the identifier when unknown.
    public func person(_ person: Identifier<Person>) -> SchedulerMessage.PersonName {
        personNames[person].map { .known($0) } ?? .unknown(identifier: person.rawValue)
    }

    /// Checks the problem is consistent; throws every problem found at once.
    ///
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` listing missing days or rooms, a bad slot
    ///   size, duplicate identifiers, non-positive durations, sessions longer than every day and
    ///   references to unknown sessions or connection points.
    public func validate() throws(SchedulerError) {
        var problems: [SchedulerError.InstanceProblem] = []
        if days.isEmpty { problems.append(.noDays) }
        for day in days where day.hours == nil {
            problems.append(.dayClosesBeforeOpening(day.date))
        }
        if Set(days.map(\.date)).count != days.count { problems.append(.duplicateDay) }
        if slotMinutes <= 0 { problems.append(.nonPositiveSlot) }
        if rooms.isEmpty { problems.append(.noRooms) }
        for id in duplicates(rooms.map(\.id)) { problems.append(.duplicateRoom(id)) }
        for id in duplicates(sessions.map(\.id.rawValue)) { problems.append(.duplicateSession(id)) }
        for id in duplicates(connectionPoints.map(\.id.rawValue)) {
            problems.append(.duplicateConnectionPoint(id))
        }
        let sessionIDs = Set(sessions.map(\.id))
        let pointIDs = Set(connectionPoints.map(\.id))
        let longestDay = days.compactMap(\.hours?.minutes).max() ?? 0
        for session in sessions {
            if session.durationMinutes <= 0 {
                problems.append(.nonPositiveDuration(session: session.title))
            } else if session.durationMinutes > longestDay {
                problems.append(
                    .sessionLongerThanEveryDay(session: session.title, minutes: session.durationMinutes))
            }
            for point in session.linkedPoints where !pointIDs.contains(point) {
                problems.append(.unknownConnectionPoint(session: session.title, point: point.rawValue))
            }
            for rule in session.order {
                if case .after(let other) = rule, !sessionIDs.contains(other) {
                    problems.append(.unknownPredecessor(session: session.title, predecessor: other.rawValue))
                }
            }
        }
        for point in connectionPoints where point.linkTestLeadMinutes < 0 {
            problems.append(.negativeLinkTest(point: point.name))
        }
        if !problems.isEmpty { throw .invalidInstance(problems) }
    }

    private func duplicates(_ values: [String]) -> [String] {
        var seen = Set<String>()
        var repeated: [String] = []
        for value in values where !seen.insert(value).inserted && !repeated.contains(value) {
            repeated.append(value)
        }
        return repeated
    }
}
