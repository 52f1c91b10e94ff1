public import Planning

extension TimetableProblem {
    /// Builds the problem of a plan: its event days, its venue's rooms, its connection points and
    /// sessions, and the names of its people.
    ///
    /// - Parameters:
    ///   - plan: The plan; its sessions' `room`/`start` are not used as input.
    ///   - personAvailability: People's availability and preferences (everyone free by default).
    ///   - publishedProgramme: The programme already sent out, e.g. `SessionPlacement.programme(of:)`.
    ///   - slotMinutes: The start grid.
    ///   - weights: The soft components' weights.
    /// - Throws: `SchedulerError.invalidInstance` when the plan has no days, no rooms or
    ///   inconsistent sessions (see `validate()`), or `.unknownReference` when a person named in
    ///   the availability is not in the plan.
    public init(
        plan: Plan, personAvailability: [PersonAvailability] = [],
        publishedProgramme: [SessionPlacement] = [],
        slotMinutes: Int = 15, weights: TimetableWeights = .standard
    ) throws(SchedulerError) {
        let known = Set(plan.people.map(\.id))
        if let stranger = personAvailability.first(where: { !known.contains($0.person) }) {
            throw .unknownReference(kind: "người", identifier: stranger.person.rawValue)
        }
        var names: [Identifier<Person>: String] = [:]
        for person in plan.people {
            let name = person.name.fullName
            names[person.id] = person.honorific.map { "\($0.vietnamese) \(name)" } ?? name
        }
        self.init(
            days: plan.event.days, slotMinutes: slotMinutes, rooms: plan.venue?.rooms ?? [],
            connectionPoints: plan.connectionPoints, sessions: plan.sessions, personNames: names,
            personAvailability: personAvailability, publishedProgramme: publishedProgramme, weights: weights)
        try validate()
    }
}
