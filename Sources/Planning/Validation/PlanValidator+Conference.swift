extension PlanValidator {
    /// Conference rules: one main point, technical contacts, rooms, double bookings of rooms,
    /// people and points, availability and link tests, hours, fixed times, windows, precedence.
    /// `attendees` counts the people attending from each connection point
    /// (``Plan/attendeesByConnectionPoint``), which a plan file counts without reading them all.
    func validateConference(_ plan: Plan, attendees: [Identifier<ConnectionPoint>: Int]) -> [Finding] {
        var findings = connectionPointFindings(plan, attendees: attendees)
        let people = Set(plan.people.map(\.id))
        let points = Dictionary(plan.connectionPoints.map { ($0.id, $0) }) { first, _ in first }
        let sessionIDs = Set(plan.sessions.map(\.id))
        var scheduled: [(session: Session, range: TimeRange)] = []
        let longestDay = plan.event.days.compactMap(\.hours?.minutes).max()
        for session in plan.sessions {
            let subject = Subject.session(session)
            if session.durationMinutes <= 0 {
                findings.append(
                    Finding(
                        .error, .invalidDuration, subject: subject,
                        message: .invalidDuration))
            } else if let longestDay, session.durationMinutes > longestDay {
                findings.append(
                    Finding(
                        .error, .longerThanEveryDay, subject: subject,
                        message: .longerThanEveryDay(minutes: session.durationMinutes, longestDay: longestDay)
                    ))
            }
            if session.durationMinutes > 0, !Self.timingFits(session, in: plan.event) {
                findings.append(
                    Finding(
                        .error, .timingOutsideEvent, subject: subject,
                        message: .timingOutsideEvent(timing: session.timing, minutes: session.durationMinutes)
                    ))
            }
            let unknown: [(kind: EntityKind, id: String)] =
                session.participants.map(\.person).filter { !people.contains($0) }.map {
                    (.person, $0.rawValue)
                }
                + session.linkedPoints.filter { points[$0] == nil }.map { (.connectionPoint, $0.rawValue) }
                + session.order.compactMap {
                    if case .after(let id) = $0, !sessionIDs.contains(id) { return (.session, id.rawValue) }
                    return nil
                }
            for reference in unknown {
                findings.append(
                    Finding(
                        .error, .unknownSessionReference, subject: subject,
                        message: .unknownSessionReference(reference.kind, id: reference.id)))
            }
            if let main = plan.mainConnectionPoint, let point = points[main], !session.linkedPoints.isEmpty,
                !session.linkedPoints.contains(main)
            {
                findings.append(
                    Finding(
                        .warning, .mainPointNotLinked, subject: subject, related: [.connectionPoint(point)],
                        message: .mainPointNotLinked(main: point.name)))
            }
            findings += roomFindings(session, venue: plan.venue)
            guard let range = session.scheduledRange else {
                if plan.event.kind != .fair {
                    findings.append(
                        Finding(
                            .info, .unscheduledSession, subject: subject,
                            message: .unscheduledSession))
                }
                continue
            }
            scheduled.append((session, range))
            findings += timingFindings(session, range: range, event: plan.event)
            for id in session.linkedPoints {
                guard let point = points[id] else { continue }
                if !point.isAvailable(for: range) {
                    findings.append(
                        Finding(
                            .error, .connectionPointUnavailable, subject: subject,
                            related: [.connectionPoint(point)],
                            message: .connectionPointUnavailable(point: point.name, range: range)))
                }
            }
        }
        findings += doubleBookingFindings(scheduled, plan: plan)
        findings += orderCycleFindings(plan.sessions)
        findings += orderEndsFindings(plan.sessions)
        findings += orderFindings(scheduled, all: plan.sessions)
        findings += linkTestFindings(scheduled, points: points)
        return findings
    }

    /// Sessions whose `--after` rules go round in a circle (a session after itself included): one
    /// finding per circle, about its first session in plan order, naming every session of it in
    /// order, the others related.
    func orderCycleFindings(_ sessions: [Session]) -> [Finding] {
        let index = Dictionary(sessions.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let after: [[Int]] = sessions.map { session in
            session.order.compactMap { rule in
                if case .after(let id) = rule { return index[id] }
                return nil
            }
        }
        // Depth-first search, iterative: 0 unvisited, 1 on the path, 2 done.
        var state = [UInt8](repeating: 0, count: sessions.count)
        var seen: Set<Set<Int>> = []
        var findings: [Finding] = []
        for root in sessions.indices where state[root] == 0 {
            var path: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let (node, next) = path.last {
                guard next < after[node].count else {
                    state[node] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let target = after[node][next]
                if state[target] == 0 {
                    state[target] = 1
                    path.append((target, 0))
                } else if state[target] == 1, let start = path.firstIndex(where: { $0.node == target }) {
                    // The circle, in the order the sessions must run: each after the one before.
                    let circle = Array(path[start...].map(\.node).reversed())
                    guard seen.insert(Set(circle)).inserted else { continue }
                    let first = circle.min() ?? target
                    let turn = circle.firstIndex(of: first) ?? 0
                    let ordered = Array(circle[turn...] + circle[..<turn])
                    findings.append(
                        Finding(
                            .error, .orderCycle, subject: .session(sessions[first]),
                            related: ordered.dropFirst().map { .session(sessions[$0]) },
                            message: .orderCycle(sessions: ordered.map { sessions[$0].title })))
                }
            }
        }
        return findings
    }

    /// `first` and `last` rules no timetable can keep, as `session.order-cycle` (each is a circle
    /// of the order: a first session runs before every other, a last one after every other):
    /// several sessions first (or last), a session both first and last beside others, a first
    /// session after another, a session after a last one.
    func orderEndsFindings(_ sessions: [Session]) -> [Finding] {
        guard sessions.count > 1 else { return [] }
        let index = Dictionary(sessions.map { ($0.id, $0) }) { first, _ in first }
        var findings: [Finding] = []
        for last in [false, true] {
            let ends = sessions.filter { $0.order.contains(last ? .last : .first) }
            guard ends.count > 1 else { continue }
            findings.append(
                Finding(
                    .error, .orderCycle, subject: .session(ends[0]),
                    related: ends.dropFirst().map { .session($0) },
                    message: .severalAtOneEnd(last: last, sessions: ends.map(\.title))))
        }
        for session in sessions {
            let first = session.order.contains(.first)
            if first && session.order.contains(.last) {
                findings.append(
                    Finding(
                        .error, .orderCycle, subject: .session(session),
                        message: .firstAndLast(session: session.title)))
            }
            for rule in session.order {
                guard case .after(let id) = rule, id != session.id, let other = index[id] else { continue }
                if first {
                    findings.append(
                        Finding(
                            .error, .orderCycle, subject: .session(session), related: [.session(other)],
                            message: .firstAfter(session: session.title, predecessor: other.title)))
                }
                if other.order.contains(.last) {
                    findings.append(
                        Finding(
                            .error, .orderCycle, subject: .session(session), related: [.session(other)],
                            message: .afterLast(session: session.title, last: other.title)))
                }
            }
        }
        return findings
    }

    /// Rules of connection points themselves.
    func connectionPointFindings(_ plan: Plan, attendees: [Identifier<ConnectionPoint>: Int]) -> [Finding] {
        var findings: [Finding] = []
        let eventSubject = Subject(.event, id: plan.event.id.rawValue, label: plan.event.name)
        let mains = plan.connectionPoints.filter { $0.role == .main }
        if plan.event.kind == .hybridConference && mains.count != 1 {
            findings.append(
                Finding(
                    .error, .mainConnectionPointCount, subject: eventSubject,
                    // Two or more: the main points are concerned, so registering a second is refused.
                    related: mains.count > 1 ? mains.map { .connectionPoint($0) } : [],
                    message: .mainConnectionPointCount(count: mains.count)))
        }
        let people = Set(plan.people.map(\.id))
        for point in plan.connectionPoints {
            let subject = Subject.connectionPoint(point)
            if let contact = point.technicalContact, let phone = contact.phone, PhoneNumber(phone) != nil {
                findings += contactFindings(contact, of: subject)
            } else {
                findings.append(
                    Finding(
                        .error, .missingTechnicalContact, subject: subject,
                        message: .missingTechnicalContact))
            }
            if let chair = point.chair, !people.contains(chair) {
                findings.append(
                    Finding(
                        .error, .unknownChair, subject: subject,
                        message: .unknownChair(chair: chair.rawValue)))
            }
            if let province = provinceFinding(point.province, of: subject) {
                findings.append(province)
            }
            let hours = plan.event.days.compactMap(\.hours)
            for span in point.availability
            where !hours.isEmpty && !hours.contains(where: { $0.overlaps(span) }) {
                findings.append(
                    Finding(
                        .warning, .availabilityOutsideEvent, subject: subject,
                        message: .availabilityOutsideEvent(span)))
            }
            if let count = attendees[point.id], count > point.hallCapacity {
                findings.append(
                    Finding(
                        .warning, .connectionPointOverCapacity, subject: subject,
                        message: .connectionPointOverCapacity(attendees: count, capacity: point.hallCapacity))
                )
            }
        }
        return findings
    }

    /// Room existence, size and video link of a scheduled session.
    func roomFindings(_ session: Session, venue: Venue?) -> [Finding] {
        guard let roomID = session.room else { return [] }
        let subject = Subject.session(session)
        guard let room = venue?.room(id: roomID) else {
            return [
                Finding(
                    .error, .unknownRoom, subject: subject,
                    message: .unknownRoom(room: roomID))
            ]
        }
        var findings: [Finding] = []
        if room.capacity > 0 && session.expectedAudience > room.capacity {
            findings.append(
                Finding(
                    .error, .roomTooSmall, subject: subject, related: [.room(room)],
                    message: .roomTooSmall(
                        room: room.name, capacity: room.capacity, audience: session.expectedAudience)
                ))
        }
        if session.needsVideoLink && !room.hasVideoLink {
            findings.append(
                Finding(
                    .error, .roomWithoutVideoLink, subject: subject, related: [.room(room)],
                    message: .roomWithoutVideoLink(room: room.name)))
        }
        return findings
    }

    /// Opening hours, fixed times and windows of a scheduled session.
    /// Whether a session's fixed start (with its length) lies within one day's opening hours, or
    /// its window shares that many minutes with one; a free session always fits (its length is
    /// checked against the longest day apart). An event without days fits anything.
    static func timingFits(_ session: Session, in event: Event) -> Bool {
        let days = event.days.compactMap(\.hours)
        guard !days.isEmpty else { return true }
        switch session.timing {
        case .free:
            return true
        case .fixed(let start):
            guard let span = TimeRange(start: start, minutes: session.durationMinutes) else { return false }
            return days.contains { $0.contains(span) }
        case .window(let window):
            return days.contains { day in
                let start = max(day.start.minuteIndex, window.start.minuteIndex)
                let end = min(day.end.minuteIndex, window.end.minuteIndex)
                return end - start >= session.durationMinutes
            }
        }
    }

    func timingFindings(_ session: Session, range: TimeRange, event: Event) -> [Finding] {
        var findings: [Finding] = []
        let subject = Subject.session(session)
        if !event.isWithinOpeningHours(range) {
            findings.append(
                Finding(
                    .error, .sessionOutsideHours, subject: subject,
                    message: .sessionOutsideHours(range: range)))
        }
        switch session.timing {
        case .free:
            break
        case .fixed(let start) where start != range.start:
            findings.append(
                Finding(
                    .error, .fixedTimeMoved, subject: subject,
                    message: .fixedTimeMoved(fixed: start, scheduled: range.start)))
        case .fixed:
            break
        case .window(let window) where !window.contains(range):
            findings.append(
                Finding(
                    .error, .outsideWindow, subject: subject,
                    message: .outsideWindow(window: window, scheduled: range)))
        case .window:
            break
        }
        return findings
    }

    /// Rooms, people and connection points in two sessions at once.
    func doubleBookingFindings(_ scheduled: [(session: Session, range: TimeRange)], plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let sorted = scheduled.sorted { ($0.range.start, $0.session.id) < ($1.range.start, $1.session.id) }
        for (index, a) in sorted.enumerated() {
            for b in sorted[(index + 1)...] {
                if b.range.start >= a.range.end { break }
                if let room = a.session.room, room == b.session.room {
                    findings.append(
                        Finding(
                            .error, .roomDoubleBooked, subject: .session(b.session),
                            related: [.session(a.session)],
                            message: .roomDoubleBooked(
                                room: room, first: a.session.title, second: b.session.title)))
                }
                let common = Set(a.session.participants.map(\.person))
                    .intersection(b.session.participants.map(\.person))
                for id in common.sorted() {
                    let name = plan.person(id)?.name.fullName ?? id.rawValue
                    findings.append(
                        Finding(
                            .error, .personDoubleBooked, subject: .session(b.session),
                            related: [.session(a.session)],
                            message: .personDoubleBooked(
                                person: name, first: a.session.title, second: b.session.title)))
                }
                for id in Set(a.session.linkedPoints).intersection(b.session.linkedPoints).sorted() {
                    let name = plan.connectionPoint(id)?.name ?? id.rawValue
                    findings.append(
                        Finding(
                            .error, .connectionPointDoubleBooked, subject: .session(b.session),
                            related: [.session(a.session)],
                            message: .connectionPointDoubleBooked(
                                point: name, first: a.session.title, second: b.session.title)))
                }
            }
        }
        return findings
    }

    /// Precedence: first, last and after-rules among scheduled sessions.
    func orderFindings(_ scheduled: [(session: Session, range: TimeRange)], all: [Session]) -> [Finding] {
        var findings: [Finding] = []
        let ranges = Dictionary(scheduled.map { ($0.session.id, $0.range) }) { first, _ in first }
        for (session, range) in scheduled {
            for rule in session.order {
                let broken: PlanningMessage?
                switch rule {
                case .first:
                    broken = scheduled.first { $0.session.id != session.id && $0.range.start < range.end }
                        .map { .sessionMustBeFirst(earlier: $0.session.title) }
                case .last:
                    broken = scheduled.first { $0.session.id != session.id && $0.range.end > range.start }
                        .map { .sessionMustBeLast(later: $0.session.title) }
                case .after(let id):
                    let title = all.first { $0.id == id }?.title ?? id.rawValue
                    broken = ranges[id].flatMap {
                        $0.end > range.start ? .sessionMustFollow(session: title) : nil
                    }
                }
                if let broken {
                    findings.append(
                        Finding(
                            .error, .orderViolated, subject: .session(session),
                            message: broken))
                }
            }
        }
        return findings
    }

    /// Each point's first linked session must leave its link-test lead time inside its availability.
    func linkTestFindings(
        _ scheduled: [(session: Session, range: TimeRange)],
        points: [Identifier<ConnectionPoint>: ConnectionPoint]
    ) -> [Finding] {
        var findings: [Finding] = []
        for point in points.values.sorted(by: { $0.id < $1.id }) where !point.availability.isEmpty {
            for entry in point.firstLinkedOfEachDay(
                scheduled, start: { $0.range.start }, linked: { $0.session.linkedPoints })
            {
                let testStart = entry.range.start.adding(minutes: -point.linkTestLeadMinutes)
                guard let test = TimeRange(start: testStart, end: entry.range.start),
                    !point.isAvailable(for: test)
                else { continue }
                findings.append(
                    Finding(
                        .error, .linkTestLeadTime, subject: .connectionPoint(point),
                        related: [.session(entry.session)],
                        message: .linkTestLeadTime(
                            minutes: point.linkTestLeadMinutes, sessionStart: entry.range.start,
                            availableFrom: testStart)))
            }
        }
        return findings
    }
}
