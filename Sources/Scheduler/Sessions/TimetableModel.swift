import Planning

/// A problem compiled to integer indices for the search: sessions, rooms, people and points are
/// numbered, times are minute indices, and every session's statically possible rooms and starts
/// are listed once.
final class TimetableModel: Sendable {
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
    /// The pinned room index and start per session pinned in place (room -1 for a room the venue
    /// does not have); nil for a session the search may place anywhere.
    let pin: [(room: Int, start: Int)?]
    /// Sessions pinned in a known room, in problem order: while one is not placed, its room,
    /// people and points stay reserved for it at its pinned time.
    let pinnedSessions: [Int]

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

        let pin = sessionList.map { session -> (room: Int, start: Int)? in
            guard session.isPinnedInPlace, let room = session.room, let start = session.start else {
                return nil
            }
            return (roomIndex[room] ?? -1, start.minuteIndex)
        }
        self.pin = pin
        pinnedSessions = pin.indices.filter { (pin[$0]?.room ?? -1) >= 0 }
        let bySize = roomList.indices.sorted { (roomList[$0].capacity, $0) < (roomList[$1].capacity, $1) }
        roomCandidates = sessionList.indices.map { index in
            let session = sessionList[index]
            return bySize.filter { candidate in
                roomList[candidate].capacity >= session.expectedAudience
                    && (!session.needsVideoLink || roomList[candidate].hasVideoLink)
                    && (pin[index].map { $0.room == candidate } ?? true)
            }
        }
        personAvailable = available
        let dayHours = self.dayHours
        let slot = max(1, problem.slotMinutes)
        let pointAvailability = self.pointAvailability
        let sessionPoints = self.sessionPoints
        var extraStarts: [[Int]] = []
        for index in sessionList.indices {
            let session = sessionList[index]
            let length = session.durationMinutes
            var extra: [Int] = dayHours.map { $0.upperBound - length }
            if let start = published[index]?.start { extra.append(start) }
            if let start = session.start { extra.append(start.minuteIndex) }
            if case .window(let window) = session.timing { extra.append(window.end.minuteIndex - length) }
            for point in sessionPoints[index] {
                for span in pointAvailability[point] {
                    extra += [span.lowerBound, span.lowerBound + pointLead[point], span.upperBound - length]
                }
            }
            for person in sessionPeople[index] {
                for span in available[person] + preferred[person] {
                    extra += [span.lowerBound, span.upperBound - length]
                }
            }
            // Right after, or right before, a session fixed or pinned that shares a person or point.
            for other in sessionList.indices where other != index {
                let start: Int
                if let pinned = pin[other] {
                    start = pinned.start
                } else if case .fixed(let fixed) = sessionList[other].timing {
                    start = fixed.minuteIndex
                } else {
                    continue
                }
                guard
                    sessionPeople[index].contains(where: sessionPeople[other].contains)
                        || sessionPoints[index].contains(where: sessionPoints[other].contains)
                else { continue }
                extra += [start + sessionList[other].durationMinutes, start - length]
            }
            extraStarts.append(extra)
        }
        self.extraStarts = extraStarts
        let times = sessionList.indices.map { index in
            let own = Self.times(
                for: sessionList[index], dayHours: dayHours, slot: slot, extra: extraStarts[index])
            guard let pinned = pin[index] else { return own }
            return Self.allows(sessionList[index], start: pinned.start, dayHours: dayHours)
                ? [pinned.start] : []
        }
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
    /// Starts tried besides the grid, per session (kept only where the hours and the session's
    /// timing allow them): its published and current starts, a start ending at each day's
    /// closing or its window's end, the starts and ends of its people's and points' spans (a
    /// point's also after its link test), and right after or before each fixed or pinned session
    /// sharing a person or point. A start published or placed by hand off the grid, or an
    /// availability that begins between grid steps, is then reachable.
    let extraStarts: [[Int]]

    /// Whether spans cover a span wholly (an empty list covers everything).
    static func covers(_ spans: [Range<Int>], _ span: Range<Int>) -> Bool {
        spans.isEmpty
            || spans.contains { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }
    }

    /// Starts on the day grid (and the window's own start, and the `extra` starts) that keep the
    /// session inside one day's hours and its fixed time or window.
    static func times(for session: Session, dayHours: [Range<Int>], slot: Int, extra: [Int] = []) -> [Int] {
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
            for start in extra where allows(session, start: start, dayHours: dayHours) {
                starts.append(start)
            }
            return Array(Set(starts)).sorted()
        }
    }

    /// Whether a session may start at a minute as far as the opening hours and its fixed start or
    /// window go (for a pinned start, which need not be on the grid).
    static func allows(_ session: Session, start: Int, dayHours: [Range<Int>]) -> Bool {
        let end = start + session.durationMinutes
        guard session.durationMinutes > 0,
            dayHours.contains(where: { $0.lowerBound <= start && end <= $0.upperBound })
        else { return false }
        switch session.timing {
        case .free: return true
        case .fixed(let fixed): return fixed.minuteIndex == start
        case .window(let window): return window.start.minuteIndex <= start && end <= window.end.minuteIndex
        }
    }

    /// Whether a session is pinned in place (the search never moves it).
    func isPinned(_ session: Int) -> Bool { pin[session] != nil }

    /// Whether two sessions share a person or a connection point.
    func shareSomeone(_ first: Int, _ second: Int) -> Bool {
        sessionPeople[first].contains { sessionPeople[second].contains($0) }
            || sessionPoints[first].contains { sessionPoints[second].contains($0) }
    }

    /// The day index of a minute, or -1 outside every day's hours.
    func day(of minute: Int) -> Int {
        dayHours.firstIndex { $0.contains(minute) } ?? -1
    }

    /// The calendar day of a minute index (days since 1970-01-01, local time): a point's link
    /// test comes before its first linked session of each day.
    static func calendarDay(_ minute: Int) -> Int {
        minute >= 0 ? minute / 1440 : (minute - 1439) / 1440
    }

    /// The earliest of `starts` on each calendar day, in no particular order: the starts before
    /// which a point's daily link tests go.
    static func dailyFirsts(_ starts: some Sequence<Int>) -> [Int] {
        var first: [Int: Int] = [:]
        for start in starts {
            let day = calendarDay(start)
            first[day] = min(first[day] ?? start, start)
        }
        return Array(first.values)
    }

    /// Whether a point's link test fits before a first linked session of a day starting at
    /// `start`.
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
