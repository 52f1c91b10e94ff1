import Planning

/// A grid problem compiled for the search: timeslots, rooms and sessions numbered, a cell code
/// `timeslot * roomCount + room`, tables over pairs of timeslots and pairs of sessions, and each
/// session's cost alone in each cell.
struct GridModel {
    let problem: GridProblem
    let sessionCount: Int
    let slotCount: Int
    let roomCount: Int
    let weights: GridWeightTable
    /// Minutes per timeslot.
    let minutes: [Int]
    /// Day (days since 1970) of each timeslot's start.
    let day: [Int]
    /// Overlap in minutes of two timeslots (`a * slotCount + b`); 0 when apart.
    let overlap: [Int]
    /// Whether timeslot `a` ends after timeslot `b` starts (`a * slotCount + b`).
    let endsAfterStart: [Bool]
    /// Whether two timeslots leave a person the minimum pause (apart, on other days or far enough).
    let pauseKept: [Bool]
    let capacity: [Int]
    /// Facts about each ordered pair of sessions (`first * sessionCount + second`).
    let pairs: [GridPairFacts]
    /// The cells each session may take: those whose timeslot and room take its kind, or its pin.
    let domain: [[Int]]
    /// Whether a cell is in a session's domain (`session * cellCount + cell`).
    let allowed: [Bool]
    /// Each session's own cost in each cell (`session * cellCount + cell`).
    let unary: [GridCost]
    let level: [Int]
    let popularity: [Int]
    let crowd: [Bool]
    let isPinned: [Bool]
    /// Sessions per person.
    let personSessions: [[Int]]
    /// People per session, without repeats.
    let sessionPeople: [[Int]]

    var cellCount: Int { slotCount * roomCount }

    init(problem: GridProblem) {
        self.problem = problem
        let slots = problem.timeslots
        let rooms = problem.rooms
        let sessions = problem.sessions
        sessionCount = sessions.count
        slotCount = slots.count
        roomCount = rooms.count
        weights = GridWeightTable(problem.weights)
        minutes = slots.map(\.minutes)
        day = slots.map(\.start.date.daysSinceEpoch)
        capacity = rooms.map(\.capacity)
        var overlap = [Int](repeating: 0, count: slots.count * slots.count)
        var endsAfterStart = [Bool](repeating: false, count: slots.count * slots.count)
        var pauseKept = [Bool](repeating: true, count: slots.count * slots.count)
        for (a, first) in slots.enumerated() {
            for (b, second) in slots.enumerated() {
                let start = max(first.start.minuteIndex, second.start.minuteIndex)
                let end = min(first.end.minuteIndex, second.end.minuteIndex)
                let overlapping = a == b || start < end
                overlap[a * slots.count + b] = a == b ? first.minutes : max(0, end - start)
                endsAfterStart[a * slots.count + b] = first.end.minuteIndex > second.start.minuteIndex
                let gap =
                    first.start.minuteIndex >= second.end.minuteIndex
                    ? first.start.minuteIndex - second.end.minuteIndex
                    : second.start.minuteIndex - first.end.minuteIndex
                pauseKept[a * slots.count + b] =
                    !overlapping
                    && (first.start.date != second.start.date || gap >= problem.minimumPauseMinutes)
            }
        }
        self.overlap = overlap
        self.endsAfterStart = endsAfterStart
        self.pauseKept = pauseKept
        level = sessions.map(\.level)
        popularity = sessions.map(\.popularity)
        crowd = sessions.map(\.crowdRisk)
        isPinned = sessions.map { $0.pin != nil }
        let sessionPeople = sessions.map { session in
            session.people.reduce(into: [Int]()) { list, person in
                if !list.contains(person) { list.append(person) }
            }
        }
        self.sessionPeople = sessionPeople
        var personSessions = [[Int]](repeating: [], count: problem.people.count)
        for (index, people) in sessionPeople.enumerated() {
            for person in people { personSessions[person].append(index) }
        }
        self.personSessions = personSessions
        pairs = Self.pairFacts(sessions)
        let cells = slots.count * rooms.count
        var domain: [[Int]] = []
        var allowed = [Bool](repeating: false, count: sessions.count * cells)
        for (index, session) in sessions.enumerated() {
            var list: [Int] = []
            if let pin = session.pin {
                list = [pin.timeslot * rooms.count + pin.room]
            } else {
                for slot in slots.indices {
                    for room in rooms.indices where session.mayTake(slot: slot, room: room, of: problem) {
                        list.append(slot * rooms.count + room)
                    }
                }
            }
            for cell in list { allowed[index * cells + cell] = true }
            domain.append(list)
        }
        self.domain = domain
        self.allowed = allowed
        var unary = [GridCost](repeating: GridCost(), count: sessions.count * cells)
        for index in sessions.indices {
            for cell in 0..<cells {
                var tally = GridWeightedTally(weights)
                Self.unaryCost(
                    problem, session: index, slot: cell / rooms.count, room: cell % rooms.count, into: &tally)
                unary[index * cells + cell] = tally.cost
            }
        }
        self.unary = unary
    }

    private static func pairFacts(_ sessions: [GridSession]) -> [GridPairFacts] {
        let count = sessions.count
        var pairs = [GridPairFacts](repeating: GridPairFacts(), count: count * count)
        let prerequisites = sessions.map { Set($0.prerequisites) }
        for (i, first) in sessions.enumerated() {
            for j in (i + 1)..<max(i + 1, count) {
                let second = sessions[j]
                var facts = GridPairFacts()
                facts.people = UInt16(
                    clamping: Set(first.people).intersection(second.people).count)
                facts.themes = GridPairFacts.shared(first.themes, second.themes)
                facts.sectors = GridPairFacts.shared(first.sectors, second.sectors)
                facts.audiences = GridPairFacts.shared(first.audiences, second.audiences)
                facts.content = GridPairFacts.shared(first.content, second.content)
                facts.exclusive = GridPairFacts.shared(first.exclusiveTags, second.exclusiveTags)
                facts.firstBeforeSecond = prerequisites[j].contains(i)
                facts.secondBeforeFirst = prerequisites[i].contains(j)
                facts.level = first.level < second.level ? -1 : first.level > second.level ? 1 : 0
                facts.popularity =
                    first.popularity < second.popularity ? -1 : first.popularity > second.popularity ? 1 : 0
                facts.languagesDiffer = first.language != second.language
                pairs[i * count + j] = facts
                var mirrored = facts
                swap(&mirrored.firstBeforeSecond, &mirrored.secondBeforeFirst)
                mirrored.level = -facts.level
                mirrored.popularity = -facts.popularity
                pairs[j * count + i] = mirrored
            }
        }
        return pairs
    }
}
