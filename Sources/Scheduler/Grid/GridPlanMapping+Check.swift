public import Planning

extension GridPlanMapping {
    /// What a plan's own programme (its sessions' rooms and starts, as a hand-made programme
    /// gives them) breaks on the event's timeslot grid, beyond what `TimetableChecker` reports:
    /// sessions not at a timeslot's start, in a timeslot or room that does not take their kind or
    /// in a timeslot shorter than they are, and the grid's hard rules the free-start checker does
    /// not know (a person away, the least pause, exclusive tags, crowds, room tags). Empty for an
    /// event without a grid. Sessions without a place are left to `TimetableChecker`.
    public static func check(plan: Plan) -> [TimetableIssue] {
        guard !plan.event.timeslots.isEmpty else { return [] }
        let slots = plan.event.timeslots
        let rooms = plan.venue?.rooms ?? []
        var issues: [TimetableIssue] = []
        var onGrid: [Session] = []
        for session in plan.sessions {
            guard let start = session.start, let roomID = session.room else { continue }
            let room = rooms.first { $0.id == roomID }
            func issue(_ message: SchedulerMessage) {
                issues.append(TimetableIssue(rule: .gridConstraint, sessions: [session.id], message: message))
            }
            guard let slot = slots.first(where: { $0.start == start }) else {
                issue(.gridOffGrid(session: session.title, start: start))
                continue
            }
            if !slot.takes(session.kind) || room.map({ !$0.takes(session.kind) }) == true {
                issue(
                    .gridWrongKind(
                        session: session.title, kind: session.kind, room: room?.name ?? roomID, start: start))
                continue
            }
            if slot.minutes < session.durationMinutes {
                issue(
                    .gridTooLong(
                        session: session.title, minutes: session.durationMinutes,
                        timeslotMinutes: slot.minutes))
                continue
            }
            guard room != nil else { continue }
            var pinned = session
            pinned.pinned = true
            onGrid.append(pinned)
        }
        var placed = plan
        placed.sessions = onGrid
        let mapping = GridPlanMapping(plan: placed, pointsAsTags: false)
        guard !mapping.sessions.isEmpty else { return issues }
        let model = GridModel(problem: mapping.problem)
        let cells = mapping.problem.sessions.map {
            ($0.pin?.timeslot ?? 0) * model.roomCount + ($0.pin?.room ?? 0)
        }
        let reported: Set<GridComponent> = [.roomConflict, .personConflict, .prerequisite]
        for (position, components) in model.hardComponentsBySession(cells: cells) {
            let own = components.filter { !reported.contains($0) }
            guard !own.isEmpty else { continue }
            let session = mapping.sessions[position]
            issues.append(
                TimetableIssue(
                    rule: .gridConstraint, sessions: [session.id],
                    message: SchedulerMessage.gridSessionBreaks(session: session.title, components: own)))
        }
        return issues
    }
}
