import Planning

/// A problem compiled to integer indices for the search: sessions, rooms, people and points are
/// numbered, times are minute indices, and every session's statically possible rooms and starts
/// are listed once.
struct TimetableModel {
    let problem: TimetableProblem
    /// How messages show times (with dates for events of several days).
    let style: TimetableTimeStyle
    let sessions: [Session]
    let rooms: [Room]
    let points: [ConnectionPoint]
    /// Minutes per session.
    let duration: [Int]
    /// Rooms that seat the audience and have a video link when needed, smallest first.
    let roomCandidates: [[Int]]
    /// Starts inside the hours, the fixed time or window, and every linked point's and
    /// participant's availability, in time order.
    let startCandidates: [[Int]]
    /// Starts inside the hours, the fixed time or window only (for explanations).
    let timeCandidates: [[Int]]
    /// People (indices) per session, without repeats.
    let sessionPeople: [[Int]]
    /// Connection points (indices) per session.
    let sessionPoints: [[Int]]
    let personIDs: [Identifier<Person>]
    let isFirst: [Bool]
    let isLast: [Bool]
    let firstSessions: [Int]
    let lastSessions: [Int]
    let predecessors: [[Int]]
    let successors: [[Int]]
    /// Availability spans per point, as minute ranges; empty means always.
    let pointAvailability: [[Range<Int>]]
    let pointLead: [Int]
    /// Track index per session, -1 without a track.
    let track: [Int]
    let trackCount: Int
    let isPlenary: [Bool]
    /// Published room index and start per session, when published (room -1 for an unknown room).
    let published: [(room: Int, start: Int)?]
    /// Preferred spans per person index; empty means no preference.
    let preferred: [[Range<Int>]]
    /// Opening hours per day as minute ranges, in order.
    let dayHours: [Range<Int>]
    let weights: TimetableWeights

    init(problem: TimetableProblem) {
        self.problem = problem
        style = TimetableTimeStyle(days: problem.days)
        sessions = problem.sessions
        rooms = problem.rooms
        points = problem.connectionPoints
        weights = problem.weights
        dayHours = problem.days.compactMap(\.hours).map { $0.start.minuteIndex..<$0.end.minuteIndex }
        duration = sessions.map(\.durationMinutes)
        let sessionIndex = Dictionary(sessions.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let pointIndex = Dictionary(points.enumerated().map { ($1.id, $0) }) { first, _ in first }
        pointAvailability = points.map { $0.availability.map { $0.start.minuteIndex..<$0.end.minuteIndex } }
        let pointLead = problem.connectionPoints.map { max(0, $0.linkTestLeadMinutes) }
        self.pointLead = pointLead

        var personIndex: [Identifier<Person>: Int] = [:]
        var personIDs: [Identifier<Person>] = []
        var sessionPeople: [[Int]] = []
        for session in sessions {
            var indices: [Int] = []
            for participant in session.participants {
                let index: Int
                if let known = personIndex[participant.person] {
                    index = known
                } else {
                    index = personIDs.count
                    personIndex[participant.person] = index
                    personIDs.append(participant.person)
                }
                if !indices.contains(index) { indices.append(index) }
            }
            sessionPeople.append(indices)
        }
        self.personIDs = personIDs
        self.sessionPeople = sessionPeople
        var available = [[Range<Int>]](repeating: [], count: personIDs.count)
        var preferred = [[Range<Int>]](repeating: [], count: personIDs.count)
        for entry in problem.personAvailability {
            guard let index = personIndex[entry.person] else { continue }
            available[index] += entry.available.map { $0.start.minuteIndex..<$0.end.minuteIndex }
            preferred[index] += entry.preferred.map { $0.start.minuteIndex..<$0.end.minuteIndex }
        }
        self.preferred = preferred
        sessionPoints = sessions.map { session in
            var indices: [Int] = []
            for id in session.linkedPoints {
                if let index = pointIndex[id], !indices.contains(index) { indices.append(index) }
            }
            return indices
        }

        let isFirst = problem.sessions.map { $0.order.contains(.first) }
        let isLast = problem.sessions.map { $0.order.contains(.last) }
        self.isFirst = isFirst
        self.isLast = isLast
        firstSessions = isFirst.indices.filter { isFirst[$0] }
        lastSessions = isLast.indices.filter { isLast[$0] }
        var predecessors = [[Int]](repeating: [], count: sessions.count)
        var successors = [[Int]](repeating: [], count: sessions.count)
        for (index, session) in sessions.enumerated() {
            for rule in session.order {
                guard case .after(let id) = rule, let other = sessionIndex[id], other != index,
                    !predecessors[index].contains(other)
                else { continue }
                predecessors[index].append(other)
                successors[other].append(index)
            }
        }
        self.predecessors = predecessors
        self.successors = successors

        var trackIndex: [String: Int] = [:]
        track = sessions.map { session in
            guard let name = session.track else { return -1 }
            if let index = trackIndex[name] { return index }
            trackIndex[name] = trackIndex.count
            return trackIndex.count - 1
        }
        trackCount = trackIndex.count
        isPlenary = sessions.map(\.kind.isPlenary)

        let sessionList = problem.sessions
        let roomList = problem.rooms
        let roomIndex = Dictionary(roomList.enumerated().map { ($1.id, $0) }) { first, _ in first }
        var published = [(room: Int, start: Int)?](repeating: nil, count: sessions.count)
        for placement in problem.publishedProgramme {
            guard let index = sessionIndex[placement.session], published[index] == nil else { continue }
            published[index] = (roomIndex[placement.room] ?? -1, placement.start.minuteIndex)
        }
        self.published = published

        let bySize = roomList.indices.sorted { (roomList[$0].capacity, $0) < (roomList[$1].capacity, $1) }
        roomCandidates = sessionList.map { session in
            bySize.filter {
                roomList[$0].capacity >= session.expectedAudience
                    && (!session.needsVideoLink || roomList[$0].hasVideoLink)
            }
        }
        personAvailable = available
        let dayHours = self.dayHours
        let slot = max(1, problem.slotMinutes)
        let pointAvailability = self.pointAvailability
        let sessionPoints = self.sessionPoints
        let times = sessionList.map { Self.times(for: $0, dayHours: dayHours, slot: slot) }
        timeCandidates = times
        startCandidates = sessionList.indices.map { index in
            let length = sessionList[index].durationMinutes
            return times[index].filter { start in
                let span = start..<(start + length)
                return sessionPoints[index].allSatisfy { Self.covers(pointAvailability[$0], span) }
                    && sessionPeople[index].allSatisfy { Self.covers(available[$0], span) }
                    // A first session is every linked point's first: its link test must fit.
                    && (!isFirst[index]
                        || sessionPoints[index].allSatisfy {
                            Self.testFits(pointAvailability[$0], lead: pointLead[$0], before: start)
                        })
            }
        }
    }

    /// Availability spans per person index; empty means always.
    let personAvailable: [[Range<Int>]]

    /// Whether spans cover a span wholly (an empty list covers everything).
    static func covers(_ spans: [Range<Int>], _ span: Range<Int>) -> Bool {
        spans.isEmpty
            || spans.contains { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }
    }

    /// Starts on the day grid (and the window's own start) that keep the session inside one
    /// day's hours and its fixed time or window.
    private static func times(for session: Session, dayHours: [Range<Int>], slot: Int) -> [Int] {
        let length = session.durationMinutes
        guard length > 0 else { return [] }
        func fits(_ start: Int) -> Bool {
            dayHours.contains { $0.lowerBound <= start && start + length <= $0.upperBound }
        }
        switch session.timing {
        case .fixed(let start):
            return fits(start.minuteIndex) ? [start.minuteIndex] : []
        case .free, .window:
            var bounds = Int.min..<Int.max
            if case .window(let window) = session.timing {
                bounds = window.start.minuteIndex..<window.end.minuteIndex
            }
            var starts: [Int] = []
            for hours in dayHours {
                var start = hours.lowerBound
                while start + length <= hours.upperBound {
                    if bounds.lowerBound <= start && start + length <= bounds.upperBound {
                        starts.append(start)
                    }
                    start += slot
                }
                let own = bounds.lowerBound
                if own != Int.min, hours.lowerBound <= own,
                    own + length <= min(hours.upperBound, bounds.upperBound),
                    !starts.contains(own)
                {
                    starts.append(own)
                }
            }
            return starts.sorted()
        }
    }

    /// The day index of a minute, or -1 outside every day's hours.
    func day(of minute: Int) -> Int {
        dayHours.firstIndex { $0.contains(minute) } ?? -1
    }

    /// Whether a point's link test fits before a first linked session starting at `start`.
    func linkTestFits(point: Int, before start: Int) -> Bool {
        Self.testFits(pointAvailability[point], lead: pointLead[point], before: start)
    }

    /// Whether a link test of `lead` minutes fits in availability spans just before `start`.
    static func testFits(_ availability: [Range<Int>], lead: Int, before start: Int) -> Bool {
        lead <= 0 || availability.isEmpty || covers(availability, (start - lead)..<start)
    }

    /// Whether a session has at least one statically possible placement.
    func hasCandidates(_ session: Int) -> Bool {
        !roomCandidates[session].isEmpty && !startCandidates[session].isEmpty
    }

    /// Whether a session ends by noon of its day (the morning, for plenaries).
    func endsInMorning(_ session: Int, start: Int) -> Bool {
        let dayStart = start - ((start % 1440) + 1440) % 1440
        return start + duration[session] <= dayStart + 12 * 60
    }

    /// How many of a session's people would be outside their preferred spans at a start.
    func preferenceMisses(_ session: Int, start: Int) -> Int {
        let span = start..<(start + duration[session])
        var misses = 0
        for person in sessionPeople[session] where !preferred[person].isEmpty {
            if !Self.covers(preferred[person], span) { misses += 1 }
        }
        return misses
    }
}
