public import Planning

extension Plan {
    /// The plan with a timetable applied: placed sessions get their room and start, sessions the
    /// timetable left out lose theirs (so exports show exactly the timetable), except sessions
    /// pinned in place, which are never moved: one the timetable could not keep stays where it was
    /// pinned (the timetable lists it as unplaced with the rules broken there).
    public func applying(_ timetable: TimetableResult) -> Plan {
        var plan = self
        let placements = Dictionary(timetable.timetable.map { ($0.session, $0) }) { first, _ in first }
        for index in plan.sessions.indices where !plan.sessions[index].isPinnedInPlace {
            let entry = placements[plan.sessions[index].id]
            plan.sessions[index].room = entry?.room
            plan.sessions[index].start = entry?.start
        }
        return plan
    }
}
