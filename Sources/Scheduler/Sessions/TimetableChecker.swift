public import Planning

/// Checks a programme against every hard rule of a timetable and lists each violation as a value.
///
/// Written independently of the solver: it works on local date-times and compares every pair of
/// sessions directly, so it can be trusted to audit the solver's output as well as a programme
/// made by hand (e.g. the `room`/`start` of a plan's sessions). Rules: every session placed once,
/// known rooms, inside one day's opening hours, fixed starts, windows, capacity, video link, no
/// room, person or connection point in two sessions at once, points' and people's availability,
/// each point's link test (see `LinkTest`) and precedence (first, last, after).
public struct TimetableChecker: Sendable {
    /// The problem programmes are checked against.
    let problem: TimetableProblem

    /// Creates a checker for a problem.
    public init(problem: TimetableProblem) {
        self.problem = problem
    }

    /// Checks a plan's own programme (its sessions' `room` and `start`).
    ///
    /// - Throws: `SchedulerError` when the plan cannot form a problem (see `TimetableProblem`).
    public static func check(plan: Plan, personAvailability: [PersonAvailability] = [])
        throws(SchedulerError) -> [TimetableIssue]
    {
        let problem = try TimetableProblem(plan: plan, personAvailability: personAvailability)
        return TimetableChecker(problem: problem).check(SessionPlacement.programme(of: plan))
    }

    private struct Entry {
        let session: Session
        let room: Room?
        let range: TimeRange
    }

    /// Every violation of the programme, grouped by rule in a stable order.
    public func check(_ programme: [SessionPlacement]) -> [TimetableIssue] {
        let style = TimetableTimeStyle(days: problem.days)
        let sessions = Dictionary(problem.sessions.map { ($0.id, $0) }) { first, _ in first }
        let rooms = Dictionary(problem.rooms.map { ($0.id, $0) }) { first, _ in first }
        var issues: [TimetableIssue] = []
        var entries: [Entry] = []
        var seen = Set<Identifier<Session>>()
        for placement in programme {
            guard let session = sessions[placement.session] else {
                issues.append(
                    TimetableIssue(
                        rule: .unknownSession, sessions: [placement.session],
                        message: SchedulerMessage.unknownSessionInProgramme(
                            session: placement.session.rawValue)))
                continue
            }
            guard seen.insert(session.id).inserted else {
                issues.append(
                    TimetableIssue(
                        rule: .placedTwice, sessions: [session.id],
                        message: SchedulerMessage.sessionPlacedTwice(session: session.title)))
                continue
            }
            let room = rooms[placement.room]
            if room == nil {
                issues.append(
                    TimetableIssue(
                        rule: .unknownRoom, sessions: [session.id],
                        message: SchedulerMessage.unknownRoomInProgramme(
                            room: placement.room, session: session.title)))
            }
            guard let range = TimeRange(start: placement.start, minutes: session.durationMinutes) else {
                continue
            }
            entries.append(Entry(session: session, room: room, range: range))
        }
        for session in problem.sessions where !seen.contains(session.id) {
            issues.append(
                TimetableIssue(
                    rule: .notScheduled, sessions: [session.id],
                    message: SchedulerMessage.sessionNotScheduled(session: session.title)))
        }
        for entry in entries { issues += singleIssues(entry, style: style) }
        issues += pairIssues(entries)
        issues += precedenceIssues(entries)
        issues += linkTestIssues(entries, style: style)
        return issues
    }

    /// The link tests of each connection point for a programme: its lead time just before the
    /// point's first linked session of each day, by start then point.
    public func linkTests(for programme: [SessionPlacement]) -> [LinkTest] {
        let sessions = Dictionary(problem.sessions.map { ($0.id, $0) }) { first, _ in first }
        let entries = programme.compactMap { placement -> Entry? in
            guard let session = sessions[placement.session],
                let range = TimeRange(start: placement.start, minutes: session.durationMinutes)
            else { return nil }
            return Entry(session: session, room: nil, range: range)
        }
        return firstLinked(entries).map { point, entry in
            LinkTest(
                point: point.id, pointName: point.name,
                start: entry.range.start.adding(minutes: -point.linkTestLeadMinutes), end: entry.range.start,
                session: entry.session.id)
        }
        .sorted { ($0.start, $0.point) < ($1.start, $1.point) }
    }

    private func singleIssues(_ entry: Entry, style: TimetableTimeStyle) -> [TimetableIssue] {
        let session = entry.session
        let range = entry.range
        var issues: [TimetableIssue] = []
        func add(_ rule: TimetableRule, _ message: SchedulerMessage) {
            issues.append(TimetableIssue(rule: rule, sessions: [session.id], message: message))
        }
        if !problem.days.contains(where: { $0.hours?.contains(range) ?? false }) {
            add(.outsideHours, .sessionOutsideHours(session: session.title, span: style.span(range)))
        }
        switch session.timing {
        case .free:
            break
        case .fixed(let start):
            if start != range.start {
                add(
                    .fixedTime,
                    .fixedTimeMoved(
                        session: session.title, fixed: style.moment(start), placed: style.moment(range.start))
                )
            }
        case .window(let window):
            if !window.contains(range) {
                add(
                    .window,
                    .outsideWindow(
                        session: session.title, window: style.span(window), placed: style.span(range)))
            }
        }
        if let room = entry.room {
            if session.expectedAudience > room.capacity {
                add(
                    .capacity,
                    .roomTooSmall(
                        room: room.name, capacity: room.capacity, session: session.title,
                        audience: session.expectedAudience))
            }
            if session.needsVideoLink && !room.hasVideoLink {
                add(.videoLink, .roomWithoutVideoLink(session: session.title, room: room.name))
            }
        }
        for id in session.linkedPoints {
            guard let point = problem.connectionPoints.first(where: { $0.id == id }) else { continue }
            if !point.isAvailable(for: range) {
                add(
                    .connectionPointUnavailable,
                    .pointUnavailable(point: point.name, span: style.span(range), session: session.title))
            }
        }
        for participant in uniquePeople(session) {
            guard let availability = problem.personAvailability.first(where: { $0.person == participant }),
                !availability.available.isEmpty
            else { continue }
            if !availability.available.contains(where: { $0.contains(range) }) {
                add(
                    .personUnavailable,
                    .personUnavailable(
                        problem.person(participant), span: style.span(range), session: session.title))
            }
        }
        return issues
    }

    private func pairIssues(_ entries: [Entry]) -> [TimetableIssue] {
        var issues: [TimetableIssue] = []
        for (index, a) in entries.enumerated() {
            for b in entries[(index + 1)...] where a.range.overlaps(b.range) {
                let pair = [a.session.id, b.session.id]
                if let room = a.room, room.id == b.room?.id {
                    issues.append(
                        TimetableIssue(
                            rule: .roomConflict, sessions: pair,
                            message: SchedulerMessage.roomConflict(
                                room: room.name, first: a.session.title, second: b.session.title)))
                }
                let shared = Set(uniquePeople(a.session)).intersection(uniquePeople(b.session))
                for person in shared.sorted() {
                    issues.append(
                        TimetableIssue(
                            rule: .personConflict, sessions: pair,
                            message: SchedulerMessage.personConflict(
                                problem.person(person), first: a.session.title, second: b.session.title)))
                }
                for point in problem.connectionPoints
                where a.session.linkedPoints.contains(point.id) && b.session.linkedPoints.contains(point.id) {
                    issues.append(
                        TimetableIssue(
                            rule: .connectionPointConflict, sessions: pair,
                            message: SchedulerMessage.pointConflict(
                                point: point.name, first: a.session.title, second: b.session.title)))
                }
            }
        }
        return issues
    }

    private func precedenceIssues(_ entries: [Entry]) -> [TimetableIssue] {
        var issues: [TimetableIssue] = []
        for entry in entries {
            for rule in entry.session.order {
                switch rule {
                case .first:
                    for other in entries
                    where other.session.id != entry.session.id && other.range.start < entry.range.end {
                        issues.append(
                            TimetableIssue(
                                rule: .precedence, sessions: [entry.session.id, other.session.id],
                                message: SchedulerMessage.mustBeFirst(
                                    session: entry.session.title, other: other.session.title)))
                    }
                case .last:
                    for other in entries
                    where other.session.id != entry.session.id && other.range.end > entry.range.start {
                        issues.append(
                            TimetableIssue(
                                rule: .precedence, sessions: [entry.session.id, other.session.id],
                                message: SchedulerMessage.mustBeLast(
                                    session: entry.session.title, other: other.session.title)))
                    }
                case .after(let id):
                    for other in entries where other.session.id == id && other.range.end > entry.range.start {
                        issues.append(
                            TimetableIssue(
                                rule: .precedence, sessions: [entry.session.id, other.session.id],
                                message: SchedulerMessage.mustFollow(
                                    session: entry.session.title, predecessor: other.session.title)))
                    }
                }
            }
        }
        return issues
    }

    private func linkTestIssues(_ entries: [Entry], style: TimetableTimeStyle) -> [TimetableIssue] {
        firstLinked(entries).compactMap { point, entry in
            guard point.linkTestLeadMinutes > 0, !point.availability.isEmpty,
                let test = TimeRange(
                    start: entry.range.start.adding(minutes: -point.linkTestLeadMinutes),
                    end: entry.range.start),
                !point.isAvailable(for: test)
            else { return nil }
            return TimetableIssue(
                rule: .linkTest, sessions: [entry.session.id],
                message: style.linkTestTooLate(point, firstStart: entry.range.start))
        }
    }

    /// Each connection point with its first linked entry of each day (earliest start, then
    /// programme order), by point then day: the technical staff test the link again every day.
    private func firstLinked(_ entries: [Entry]) -> [(ConnectionPoint, Entry)] {
        problem.connectionPoints.flatMap { point in
            point.firstLinkedOfEachDay(
                entries, start: { $0.range.start }, linked: { $0.session.linkedPoints }
            )
            .map { (point, $0) }
        }
    }

    private func uniquePeople(_ session: Session) -> [Identifier<Person>] {
        var seen = Set<Identifier<Person>>()
        return session.participants.map(\.person).filter { seen.insert($0).inserted }
    }
}
