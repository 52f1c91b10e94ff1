import GRDB
public import Planning

extension PlanStore {
    /// Organisations in Vietnamese order of their names (then identifiers).
    public func organisations() throws -> [Organisation] {
        try read { db in try fetchOrganisations(db) }.sorted { $0.id < $1.id }.sortedVietnamese(by: \.name)
    }

    /// Products in Vietnamese order of their names (then identifiers); only one organisation's
    /// when `owner` is given.
    public func products(owner: Identifier<Organisation>? = nil) throws -> [Product] {
        let products = try owner.map(products(ownedBy:)) ?? read { db in try fetchProducts(db) }
        return products.sorted { $0.id < $1.id }.sortedVietnamese(by: \.name)
    }

    /// The products of `owner`, in the order they were added, read through the index over the
    /// owner.
    public func products(ownedBy owner: Identifier<Organisation>) throws -> [Product] {
        try read { db in
            try ProductRecord.filter(Column("owner_id") == owner.rawValue).order(Column("seq")).fetchAll(db)
                .map { try $0.product() }
        }
    }

    /// The people who represent `organisation`, in the order they were added, read through the
    /// index over the organisation.
    public func people(of organisation: Identifier<Organisation>) throws -> [Person] {
        try read { db in
            try PersonRecord.filter(Column("organisation_id") == organisation.rawValue).order(Column("seq"))
                .fetchAll(db).map { try $0.person() }
        }
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
