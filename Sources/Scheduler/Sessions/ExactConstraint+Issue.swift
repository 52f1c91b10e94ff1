import Planning

extension ExactConstraint {
    /// The constraint as a finding: its rule, the sessions of `conflict` it concerns and its
    /// wording (``TimetableConstraint``).
    func issue(model: TimetableModel, conflict: [ExactConstraint]) -> TimetableIssue {
        let members = conflict.compactMap { constraint -> Int? in
            if case .placed(let session) = constraint { return session }
            return nil
        }
        func ids(_ sessions: [Int]) -> [Identifier<Session>] { sessions.map { model.sessions[$0].id } }
        let (rule, sessions) = ruleAndSessions(model: model, members: members)
        return TimetableIssue(
            rule: rule, sessions: ids(sessions),
            message: SchedulerMessage.conflictConstraint(described(model)))
    }

    private func ruleAndSessions(model: TimetableModel, members: [Int]) -> (TimetableRule, [Int]) {
        switch self {
        case .placed(let session): return (.notScheduled, [session])
        case .timing(let session):
            if case .window = model.sessions[session].timing { return (.window, [session]) }
            return (.fixedTime, [session])
        case .pin(let session): return (.fixedTime, [session])
        case .capacity(let session): return (.capacity, [session])
        case .videoLink(let session): return (.videoLink, [session])
        case .first(let session), .last(let session): return (.precedence, [session])
        case .after(let session, let predecessor): return (.precedence, [session, predecessor])
        case .personAvailability(let person):
            return (.personUnavailable, members.filter { model.sessionPeople[$0].contains(person) })
        case .personClash(let person):
            return (.personConflict, members.filter { model.sessionPeople[$0].contains(person) })
        case .pointAvailability(let point):
            return (.connectionPointUnavailable, members.filter { model.sessionPoints[$0].contains(point) })
        case .linkTest(let point):
            return (.linkTest, members.filter { model.sessionPoints[$0].contains(point) })
        case .pointClash(let point):
            return (.connectionPointConflict, members.filter { model.sessionPoints[$0].contains(point) })
        case .roomClash: return (.roomConflict, members)
        }
    }

    /// What messages show of the constraint.
    func described(_ model: TimetableModel) -> TimetableConstraint {
        let style = model.style
        func title(_ session: Int) -> String { model.sessions[session].title }
        func spans(_ ranges: [Range<Int>]) -> [SchedulerMessage.Span] {
            ranges.compactMap {
                TimeRange(
                    start: LocalDateTime(minuteIndex: $0.lowerBound),
                    end: LocalDateTime(minuteIndex: $0.upperBound))
            }
            .map { style.span($0) }
        }
        switch self {
        case .placed(let session): return .mustBePlaced(session: title(session))
        case .timing(let session):
            let me = model.sessions[session]
            switch me.timing {
            case .fixed(let start): return .fixedStart(session: me.title, start: style.moment(start))
            case .window(let window):
                return .window(session: me.title, window: style.span(window), minutes: me.durationMinutes)
            case .free: return .mustBePlaced(session: me.title)
            }
        case .pin(let session):
            let me = model.sessions[session]
            let room =
                model.pin[session].flatMap { $0.room >= 0 ? model.rooms[$0.room].name : nil } ?? me.room ?? ""
            let start = LocalDateTime(minuteIndex: model.pin[session]?.start ?? 0)
            return .pinned(session: me.title, room: room, start: style.moment(start))
        case .capacity(let session):
            return .capacity(session: title(session), audience: model.sessions[session].expectedAudience)
        case .videoLink(let session): return .videoLink(session: title(session))
        case .first(let session): return .first(session: title(session))
        case .last(let session): return .last(session: title(session))
        case .after(let session, let predecessor):
            return .after(session: title(session), predecessor: title(predecessor))
        case .personAvailability(let person):
            return .personAvailability(
                model.problem.person(model.personIDs[person]), spans: spans(model.personAvailable[person]))
        case .pointAvailability(let point):
            return .pointAvailability(
                point: model.points[point].name, spans: spans(model.pointAvailability[point]))
        case .linkTest(let point):
            return .linkTest(point: model.points[point].name, leadMinutes: model.pointLead[point])
        case .personClash(let person): return .personOneAtATime(model.problem.person(model.personIDs[person]))
        case .pointClash(let point): return .pointOneAtATime(point: model.points[point].name)
        case .roomClash(let room): return .roomOneAtATime(room: model.rooms[room].name)
        }
    }
}
