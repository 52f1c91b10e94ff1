import Planning

extension TimetableState {
    /// How many reasons an unplaced session lists at most.
    static let reasonLimit = 8

    /// Why an unplaced session cannot go anywhere in the current timetable: the static reasons
    /// (no room, no time) when it has no candidate at all, otherwise the constraints that block
    /// its candidates, each named once (the room, person, point or session concerned), link
    /// tests and availability first, then by how many candidates they block.
    func reasons(for session: Int) -> [TimetableIssue] {
        let staticReasons = staticReasons(for: session)
        if !staticReasons.isEmpty { return staticReasons }
        var found: [String: (issue: TimetableIssue, count: Int, order: Int)] = [:]
        func note(_ key: String, _ issue: TimetableIssue) {
            if let existing = found[key] {
                found[key] = (existing.issue, existing.count + 1, existing.order)
            } else {
                found[key] = (issue, 1, found.count)
            }
        }
        for time in model.startCandidates[session] {
            let timeBlockers = blockers(of: session, at: time)
            for roomIndex in model.roomCandidates[session] {
                for (key, issue) in timeBlockers { note(key, issue) }
                for other in roomSessions[roomIndex]
                where start[other] < time + model.duration[session] && time < end(other) {
                    note(
                        "room:\(roomIndex):\(other)",
                        issue(
                            .roomConflict, session, other,
                            .roomBusy(room: model.rooms[roomIndex].name, other: model.sessions[other].title)))
                }
                if let pinned = reservation(of: roomIndex, for: session, at: time) {
                    note(
                        "room:\(roomIndex):\(pinned)",
                        issue(
                            .roomConflict, session, pinned,
                            .roomBusy(room: model.rooms[roomIndex].name, other: model.sessions[pinned].title))
                    )
                }
            }
        }
        // Constraints that block every candidate explain the session on their own.
        let candidates = model.startCandidates[session].count * model.roomCandidates[session].count
        let universal = found.filter { $0.value.count == candidates }
        if !universal.isEmpty { found = universal }
        func priority(_ rule: TimetableRule) -> Int {
            switch rule {
            case .linkTest: 0
            case .precedence: 1
            case .personConflict: 2
            case .connectionPointConflict: 3
            default: 4
            }
        }
        let blocking = found.values.sorted {
            (priority($0.issue.rule), -$0.count, $0.order) < (priority($1.issue.rule), -$1.count, $1.order)
        }
        .map(\.issue)
        return Array((blocking + narrowingReasons(for: session)).prefix(Self.reasonLimit))
    }

    /// The points and people whose availability rules out some of the session's otherwise
    /// possible times (they narrowed the choice the blocking constraints then closed).
    private func narrowingReasons(for session: Int) -> [TimetableIssue] {
        let times = model.timeCandidates[session]
        let length = model.duration[session]
        func narrows(_ spans: [Range<Int>]) -> Bool {
            times.contains { !TimetableModel.covers(spans, $0..<($0 + length)) }
        }
        func spans(_ ranges: [Range<Int>]) -> [SchedulerMessage.Span] {
            ranges.compactMap {
                TimeRange(
                    start: LocalDateTime(minuteIndex: $0.lowerBound),
                    end: LocalDateTime(minuteIndex: $0.upperBound))
            }
            .map { model.style.span($0) }
        }
        var reasons: [TimetableIssue] = []
        for point in model.sessionPoints[session] where narrows(model.pointAvailability[point]) {
            reasons.append(
                issue(
                    .connectionPointUnavailable, session, nil,
                    .pointOnlyAvailable(
                        point: model.points[point].name, spans: spans(model.pointAvailability[point]))))
        }
        for person in model.sessionPeople[session] where narrows(model.personAvailable[person]) {
            reasons.append(
                issue(
                    .personUnavailable, session, nil,
                    .personOnlyAvailable(
                        model.problem.person(model.personIDs[person]),
                        spans: spans(model.personAvailable[person]))))
        }
        return reasons
    }

    private func issue(_ rule: TimetableRule, _ session: Int, _ other: Int?, _ message: SchedulerMessage)
        -> TimetableIssue
    {
        TimetableIssue(
            rule: rule,
            sessions: [model.sessions[session].id] + (other.map { [model.sessions[$0].id] } ?? []),
            message: message)
    }

    /// The room-independent constraints blocking a start, keyed by what they name.
    private func blockers(of session: Int, at time: Int) -> [(String, TimetableIssue)] {
        let finish = time + model.duration[session]
        let me = model.sessions[session]
        var found: [(String, TimetableIssue)] = []
        for person in model.sessionPeople[session] {
            for other in personSessions[person] where start[other] < finish && time < end(other) {
                found.append(
                    (
                        "person:\(person):\(other)",
                        issue(
                            .personConflict, session, other,
                            .personBusy(
                                model.problem.person(model.personIDs[person]),
                                other: model.sessions[other].title))
                    ))
            }
        }
        let day = TimetableModel.calendarDay(time)
        for point in model.sessionPoints[session] {
            var earliest = time
            for other in pointSessions[point] {
                if TimetableModel.calendarDay(start[other]) == day { earliest = min(earliest, start[other]) }
                if start[other] < finish && time < end(other) {
                    found.append(
                        (
                            "point:\(point):\(other)",
                            issue(
                                .connectionPointConflict, session, other,
                                .pointBusy(
                                    point: model.points[point].name, other: model.sessions[other].title))
                        ))
                }
            }
            if earliest == time && !model.linkTestFits(point: point, before: time) {
                found.append(
                    (
                        "link:\(point)",
                        issue(
                            .linkTest, session, nil,
                            model.style.linkTestTooLate(
                                model.points[point], firstStart: LocalDateTime(minuteIndex: time)))
                    ))
            }
        }
        for other in model.predecessors[session] where isPlaced(other) && end(other) > time {
            found.append(
                (
                    "after:\(other)",
                    issue(
                        .precedence, session, other,
                        .mustFollow(session: me.title, predecessor: model.sessions[other].title))
                ))
        }
        for other in model.successors[session] where isPlaced(other) && start[other] < finish {
            found.append(
                (
                    "before:\(other)",
                    issue(
                        .precedence, session, other,
                        .mustFollow(session: model.sessions[other].title, predecessor: me.title))
                ))
        }
        for other in model.firstSessions where other != session && isPlaced(other) && end(other) > time {
            found.append(
                (
                    "after:\(other)",
                    issue(
                        .precedence, session, other,
                        .mustFollow(session: me.title, predecessor: model.sessions[other].title))
                ))
        }
        for other in model.lastSessions where other != session && isPlaced(other) && start[other] < finish {
            found.append(
                (
                    "before:\(other)",
                    issue(
                        .precedence, session, other,
                        .mustFollow(session: model.sessions[other].title, predecessor: me.title))
                ))
        }
        if let pinned = reservation(sharedWith: session, at: time) {
            found.append(reservedBlocker(session, pinned))
        }
        if model.isFirst[session] || model.isLast[session] {
            for other in room.indices where other != session && isPlaced(other) {
                if model.isFirst[session] && start[other] < finish {
                    found.append(
                        (
                            "first:\(other)",
                            issue(
                                .precedence, session, other,
                                .mustBeFirst(session: me.title, other: model.sessions[other].title))
                        ))
                }
                if model.isLast[session] && end(other) > time {
                    found.append(
                        (
                            "last:\(other)",
                            issue(
                                .precedence, session, other,
                                .mustBeLast(session: me.title, other: model.sessions[other].title))
                        ))
                }
            }
        }
        return found
    }

    /// The constraint an unplaced pinned session puts on a session sharing a person or point with
    /// it: that person or point is kept for the pinned session's time.
    private func reservedBlocker(_ session: Int, _ pinned: Int) -> (String, TimetableIssue) {
        if let person = model.sessionPeople[session].first(where: { model.sessionPeople[pinned].contains($0) }
        ) {
            return (
                "person:\(person):\(pinned)",
                issue(
                    .personConflict, session, pinned,
                    .personBusy(
                        model.problem.person(model.personIDs[person]), other: model.sessions[pinned].title))
            )
        }
        let point = model.sessionPoints[session].first { model.sessionPoints[pinned].contains($0) } ?? 0
        return (
            "point:\(point):\(pinned)",
            issue(
                .connectionPointConflict, session, pinned,
                .pointBusy(point: model.points[point].name, other: model.sessions[pinned].title))
        )
    }

    /// Reasons that hold whatever else is placed: no room, no time, nobody or no point free.
    private func staticReasons(for session: Int) -> [TimetableIssue] {
        let me = model.sessions[session]
        var reasons: [TimetableIssue] = []
        if model.roomCandidates[session].isEmpty {
            let video = model.rooms.filter(\.hasVideoLink)
            if me.needsVideoLink && video.isEmpty {
                reasons.append(issue(.videoLink, session, nil, .noVideoRoom(session: me.title)))
            } else if me.needsVideoLink {
                let largest = video.map(\.capacity).max() ?? 0
                reasons.append(
                    issue(
                        .capacity, session, nil,
                        .noVideoRoomLargeEnough(
                            session: me.title, audience: me.expectedAudience, largest: largest)))
            } else {
                let largest = model.rooms.map(\.capacity).max() ?? 0
                reasons.append(
                    issue(
                        .capacity, session, nil,
                        .noRoomLargeEnough(session: me.title, audience: me.expectedAudience, largest: largest)
                    ))
            }
        }
        if model.timeCandidates[session].isEmpty {
            switch me.timing {
            case .fixed(let start):
                reasons.append(
                    issue(
                        .outsideHours, session, nil,
                        .fixedStartOutsideHours(
                            session: me.title, start: model.style.moment(start), minutes: me.durationMinutes))
                )
            case .window(let window):
                reasons.append(
                    issue(
                        .window, session, nil,
                        .windowTooShort(
                            session: me.title, window: model.style.span(window), minutes: me.durationMinutes))
                )
            case .free:
                reasons.append(
                    issue(
                        .outsideHours, session, nil,
                        .sessionFitsNoDay(session: me.title, minutes: me.durationMinutes)))
            }
        } else if model.startCandidates[session].isEmpty {
            reasons += availabilityReasons(for: session)
        }
        return reasons
    }

    private func availabilityReasons(for session: Int) -> [TimetableIssue] {
        let me = model.sessions[session]
        let times = model.timeCandidates[session]
        let length = model.duration[session]
        var reasons: [TimetableIssue] = []
        for point in model.sessionPoints[session]
        where !times.contains(where: {
            TimetableModel.covers(model.pointAvailability[point], $0..<($0 + length))
        }) {
            reasons.append(
                issue(
                    .connectionPointUnavailable, session, nil,
                    .pointNeverAvailable(point: model.points[point].name, session: me.title)))
        }
        for person in model.sessionPeople[session]
        where !times.contains(where: {
            TimetableModel.covers(model.personAvailable[person], $0..<($0 + length))
        }) {
            reasons.append(
                issue(
                    .personUnavailable, session, nil,
                    .personNeverAvailable(model.problem.person(model.personIDs[person]), session: me.title)))
        }
        if model.isFirst[session] {
            // The opening is every linked point's first session: each point's test must fit.
            for point in model.sessionPoints[session] {
                let usable = times.filter {
                    TimetableModel.covers(model.pointAvailability[point], $0..<($0 + length))
                }
                guard let earliest = usable.first,
                    !usable.contains(where: { model.linkTestFits(point: point, before: $0) })
                else { continue }
                reasons.append(
                    issue(
                        .linkTest, session, nil,
                        model.style.linkTestTooLate(
                            model.points[point], firstStart: LocalDateTime(minuteIndex: earliest))))
            }
        }
        if reasons.isEmpty {
            reasons.append(issue(.connectionPointUnavailable, session, nil, .noCommonTime(session: me.title)))
        }
        return reasons
    }
}
