public import Planning

extension PlanStore {
    /// Adds an organisation; its member organisations must already be in the plan.
    public func addOrganisation(_ organisation: Organisation) throws {
        try write { db in try writeOrganisation(organisation, mode: .insert, checkingCode: true, db) }
    }

    /// Replaces an organisation with the same identifier.
    public func updateOrganisation(_ organisation: Organisation) throws {
        try write { db in try writeOrganisation(organisation, mode: .update, checkingCode: true, db) }
    }

    /// The organisation with the given identifier, when in the plan.
    public func organisation(_ id: Identifier<Organisation>) throws -> Organisation? {
        try read { db in try fetchOrganisations(db, id: id.rawValue).first }
    }

    /// Adds a product; its owner must be in the plan. The booth requests given, which must be in
    /// the plan, are replaced in the same transaction (those that now show the product).
    public func addProduct(_ product: Product, shownBy requests: [BoothRequest] = []) throws {
        try write { db in
            try writeProduct(product, mode: .insert, db)
            for request in requests { try writeRequest(request, mode: .update, db) }
        }
    }

    /// Replaces a product with the same identifier.
    public func updateProduct(_ product: Product) throws {
        try write { db in try writeProduct(product, mode: .update, db) }
    }

    /// The product with the given identifier, when in the plan.
    public func product(_ id: Identifier<Product>) throws -> Product? {
        try read { db in try fetchProducts(db, id: id.rawValue).first }
    }

    /// Replaces the event (its name, days, timeslot grid and pause).
    public func updateEvent(_ event: Event) throws {
        try write { db in try writeEvent(event, mode: .update, db) }
    }

    /// Adds a person; the organisation, when given, must be in the plan.
    public func addPerson(_ person: Person) throws {
        try write { db in try writePerson(person, mode: .insert, db) }
    }

    /// Replaces a person with the same identifier.
    public func updatePerson(_ person: Person) throws {
        try write { db in try writePerson(person, mode: .update, db) }
    }

    /// The person with the given identifier, when in the plan.
    public func person(_ id: Identifier<Person>) throws -> Person? {
        try read { db in try fetchPeople(db, id: id.rawValue).first }
    }

    /// Adds a person's attendance (one per person and event); person, event and connection point
    /// must be in the plan.
    public func addAttendance(_ attendance: Attendance) throws {
        try write { db in try writeAttendance(attendance, mode: .insert, db) }
    }

    /// Changes where and in what role a person attends.
    public func updateAttendance(_ attendance: Attendance) throws {
        try write { db in try writeAttendance(attendance, mode: .update, db) }
    }

    /// Adds a connection point; its chair, when given, must be in the plan.
    public func addConnectionPoint(_ point: ConnectionPoint) throws {
        try write { db in try writeConnectionPoint(point, mode: .insert, db) }
    }

    /// Adds a party with its booth requests, in one transaction.
    public func addParty(_ party: ExhibitingParty, requests: [BoothRequest] = []) throws {
        try write { db in
            try writeParty(party, mode: .insert, db)
            for request in requests { try writeRequest(request, mode: .insert, db) }
        }
    }

    /// Replaces a party's details; its registration status is kept (change it with
    /// ``setRegistrationStatus(_:of:)`` or ``withdraw(party:)``).
    public func updateParty(_ party: ExhibitingParty) throws {
        try write { db in try writeParty(party, mode: .update, db) }
    }

    /// The party with the given identifier, when in the plan.
    public func party(_ id: Identifier<ExhibitingParty>) throws -> ExhibitingParty? {
        try read { db in try fetchParties(db, id: id.rawValue).first }
    }

    /// Adds a session; its participants and linked points must be in the plan.
    public func addSession(_ session: Session) throws {
        try write { db in try writeSession(session, mode: .insert, db) }
    }

    /// Replaces a session with the same identifier (for example to schedule it).
    public func updateSession(_ session: Session) throws {
        try write { db in try writeSession(session, mode: .update, db) }
    }
}
