public import Planning

extension PlanPapers {
    /// A delegate: a person attending the event, where from and in what role.
    public struct Delegate: Sendable {
        /// The person.
        public var person: Person
        /// The attendance.
        public var attendance: Attendance
        /// The connection point attended from (a person on site at a hybrid conference attends at
        /// the main point), or nil.
        public var point: ConnectionPoint?
    }

    /// The delegates of the event in Vietnamese alphabetical order (or protocol order), only
    /// those attending from `point` when given.
    public func delegates(point: Identifier<ConnectionPoint>? = nil, order: AttendeeOrder = .alphabetical)
        -> [Delegate]
    {
        let people = Dictionary(plan.people.map { ($0.id, $0) }) { first, _ in first }
        let points = Dictionary(plan.connectionPoints.map { ($0.id, $0) }) { first, _ in first }
        let delegates = plan.attendances.filter { $0.event == plan.event.id }.compactMap { attendance in
            people[attendance.person].map { person in
                Delegate(
                    person: person, attendance: attendance,
                    point: plan.connectionPoint(of: attendance.place).flatMap { points[$0] })
            }
        }
        .filter { delegate in point.map { delegate.point?.id == $0 } ?? true }
        return delegates.sortedAsPeopleList(protocolOrder: order == .protocol) { $0.person }
    }

    /// The sessions a delegate follows, in time order: those linked to the delegate's point (and,
    /// at the main point, those held on site only, linked to no point), or every session for
    /// someone on site without a point. A satellite point's delegates do not see the sessions
    /// held only in the hall (breaks, group discussions, visits): they cannot follow them.
    func sessions(for point: ConnectionPoint?) -> [Session] {
        let main = plan.mainConnectionPoint
        return plan.sessions.filter { session in
            guard let point else { return true }
            if session.linkedPoints.contains(point.id) { return true }
            return session.linkedPoints.isEmpty && (main == nil || point.id == main)
        }
        .sorted { lhs, rhs in
            switch (lhs.start, rhs.start) {
            case (let a?, let b?): (a, lhs.id) < (b, rhs.id)
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): lhs.id < rhs.id
            }
        }
    }

    /// The venue's name and address, or the host province when there is no venue.
    var venuePlace: String {
        guard let venue = plan.venue else { return plan.event.province.officialName }
        return [venue.name, venue.address].compactMap { $0 }.joined(separator: ", ")
    }
}
