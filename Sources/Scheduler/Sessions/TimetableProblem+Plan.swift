public import Planning

extension TimetableProblem {
    /// Builds the problem of a plan: its event days, its venue's rooms, its connection points, the
    /// sessions ``timetabledSessions(of:)`` names, and the names of its people.
    ///
    /// - Parameters:
    ///   - plan: The plan; its sessions' `room`/`start` are not constraints (a start is one more
    ///     start to try).
    ///   - personAvailability: People's availability and preferences (everyone free by default).
    ///   - publishedProgramme: The programme already sent out, e.g. `SessionPlacement.programme(of:)`.
    ///   - slotMinutes: The start grid.
    ///   - weights: The soft components' weights.
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` when the plan has no days, no rooms or
    ///   inconsistent sessions (see `validate()`), or ``SchedulerError/unknownReference(_:identifier:)``
    ///   when a person named in the availability is not in the plan.
    public init(
        plan: Plan, personAvailability: [PersonAvailability] = [],
        publishedProgramme: [SessionPlacement] = [],
        slotMinutes: Int = 15, weights: TimetableWeights = .standard
    ) throws(SchedulerError) {
        let known = Set(plan.people.map(\.id))
        if let stranger = personAvailability.first(where: { !known.contains($0.person) }) {
            throw .unknownReference(.person, identifier: stranger.person.rawValue)
        }
        var names: [Identifier<Person>: String] = [:]
        for person in plan.people {
            let name = person.name.fullName
            names[person.id] = person.honorific.map { "\($0.name(.vietnamese)) \(name)" } ?? name
        }
        self.init(
            days: plan.event.days, slotMinutes: slotMinutes, rooms: plan.venue?.rooms ?? [],
            connectionPoints: plan.connectionPoints, sessions: Self.timetabledSessions(of: plan),
            personNames: names, personAvailability: personAvailability,
            publishedProgramme: publishedProgramme,
            weights: weights)
        try validate()
    }

    /// The sessions of a plan the timetabler places, ready to timetable. The rule, in one place:
    ///
    /// - **Every session** of the plan's programme is timetabled, whatever its kind: breaks, site
    ///   visits and cultural items take a room and a time like any other item (a break expecting
    ///   no audience fits any room). Nothing is dropped silently: a session that cannot be placed
    ///   comes back in `TimetableResult.unplaced` with the constraints that block it.
    /// - A session's **`room` and `start`** in the plan (placed by hand, or by an earlier run) are
    ///   **not constraints**: the room is cleared here, and the start is kept only as one more
    ///   start to try (a start placed by hand between quarter hours stays possible after
    ///   `unpin`; QA 42 #1), never as a cost or a rule. To keep sessions where they are, pass the
    ///   plan's programme as the published one (`SessionPlacement.programme(of:)`), so that
    ///   moving one costs `movedFromPublished`; to keep a session's time for certain, fix its
    ///   start (its room is still chosen).
    /// - Except a session **pinned in place** (`Session.pinned` with a room and a start, as
    ///   `fairplan place session` leaves it): it keeps its room and start, and the timetabler
    ///   places it exactly there or reports why it cannot; it never moves it.
    /// - A session with a **fixed** start is placed exactly then or not at all; one with a
    ///   **window** wholly inside it; a **free** one anywhere in the opening hours.
    ///
    /// The plan's own programme is checked against the same sessions by
    /// ``TimetableChecker/check(plan:personAvailability:)``.
    static func timetabledSessions(of plan: Plan) -> [Session] {
        plan.sessions.map { session in
            guard !session.isPinnedInPlace else { return session }
            var session = session
            session.room = nil
            return session
        }
    }
}
