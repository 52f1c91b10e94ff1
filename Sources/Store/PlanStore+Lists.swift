public import Planning

extension PlanStore {
    /// Organisations in Vietnamese order of their names (then identifiers).
    public func organisations() throws -> [Organisation] {
        try read { db in try fetchOrganisations(db) }.sorted { $0.id < $1.id }.sortedVietnamese(by: \.name)
    }

    /// Products in Vietnamese order of their names (then identifiers); only one organisation's
    /// when `owner` is given.
    public func products(owner: Identifier<Organisation>? = nil) throws -> [Product] {
        try read { db in try fetchProducts(db) }
            .filter { owner == nil || $0.owner == owner }
            .sorted { $0.id < $1.id }.sortedVietnamese(by: \.name)
    }

    /// People in the order of Vietnamese lists: given name, family name, middle names, date of
    /// birth (``Person/alphabeticalOrder(_:_:)``).
    public func people() throws -> [Person] {
        try read { db in try fetchPeople(db) }.sortedAsPeopleList { $0 }
    }

    /// Parties in Vietnamese order of their names; only those with `status` when given.
    public func parties(status: RegistrationStatus? = nil) throws -> [ExhibitingParty] {
        try read { db in try fetchParties(db) }
            .filter { status == nil || $0.registrationStatus == status }
            .sorted { $0.id < $1.id }.sortedVietnamese(by: \.name)
    }

    /// The venue's booths by hall, then code; empty without a venue.
    public func booths() throws -> [Booth] {
        try read { db in try fetchVenue(db) }?.booths.sorted { ($0.hall, $0.code) < ($1.hall, $1.code) } ?? []
    }

    /// The current booth plan, by booth code.
    public func boothAssignments() throws -> [BoothAssignment] {
        try read { db in try fetchAssignments(db) }.sorted { $0.booth < $1.booth }
    }

    /// Sessions as on the programme: by start (unscheduled last), then room, then Vietnamese
    /// order of titles.
    public func sessions() throws -> [Session] {
        Self.programmeOrder(try read { db in try fetchSessions(db) })
    }

    /// Sessions by start (unscheduled last), then room, then Vietnamese order of titles, then
    /// identifiers.
    static func programmeOrder(_ sessions: [Session]) -> [Session] {
        let byTitle = sessions.sorted { $0.id < $1.id }.sortedVietnamese(by: \.title)
        return byTitle.enumerated().sorted { lhs, rhs in
            let left = lhs.element
            let right = rhs.element
            switch (left.start, right.start) {
            case (let a?, let b?) where a != b: return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if left.room != right.room { return (left.room ?? "\u{10FFFF}") < (right.room ?? "\u{10FFFF}") }
            return lhs.offset < rhs.offset
        }
        .map(\.element)
    }
}
