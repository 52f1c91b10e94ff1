import GRDB
import Planning

extension PlanStore {
    /// The event; a file without one was never completely created.
    func fetchEvent(_ db: Database) throws -> Event {
        guard let record = try EventRecord.fetchOne(db) else { throw StoreError.missingEvent(path: path) }
        return try record.event()
    }

    /// The venue snapshot, when set.
    func fetchVenue(_ db: Database) throws -> Venue? {
        try VenueRecord.fetchOne(db)?.venue()
    }

    /// Join rows' references grouped by owner, each list in position order; only those of the
    /// owner `id` when given (read through the primary key, which starts with the owner).
    func grouped(
        _ db: Database, table: String, owner: String, reference: String, only id: String? = nil
    ) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        let filter = id == nil ? "" : " WHERE \(owner) = ?"
        for row in try Row.fetchAll(
            db, sql: "SELECT \(owner), \(reference) FROM \(table)\(filter) ORDER BY \(owner), seq",
            arguments: StatementArguments(id.map { [$0] } ?? []))
        {
            result[row[0], default: []].append(row[1])
        }
        return result
    }

    /// Organisations in the order they were added, or only the one with `id`.
    func fetchOrganisations(_ db: Database, id: String? = nil) throws -> [Organisation] {
        let members = try grouped(
            db, table: "organisation_member", owner: "union_id", reference: "member_id", only: id)
        return try OrganisationRecord.filtered(id).order(Column("seq")).fetchAll(db).map {
            try $0.organisation(members: members[$0.id, default: []].map { Identifier($0) })
        }
    }

    /// Products in the order they were added, or only the one with `id`.
    func fetchProducts(_ db: Database, id: String? = nil) throws -> [Product] {
        try ProductRecord.filtered(id).order(Column("seq")).fetchAll(db).map { try $0.product() }
    }

    /// People in the order they were added, or only the one with `id`.
    func fetchPeople(_ db: Database, id: String? = nil) throws -> [Person] {
        try PersonRecord.filtered(id).order(Column("seq")).fetchAll(db).map { try $0.person() }
    }

    /// Connection points in the order they were added.
    func fetchConnectionPoints(_ db: Database) throws -> [ConnectionPoint] {
        try ConnectionPointRecord.order(Column("seq")).fetchAll(db).map { try $0.connectionPoint() }
    }

    /// Attendances in the order they were added.
    func fetchAttendances(_ db: Database) throws -> [Attendance] {
        try AttendanceRecord.order(Column("seq")).fetchAll(db).map { try $0.attendance() }
    }

    /// Parties in the order they were added, or only the one with `id`.
    func fetchParties(_ db: Database, id: String? = nil) throws -> [ExhibitingParty] {
        try PartyRecord.filtered(id).order(Column("seq")).fetchAll(db).map { try $0.party() }
    }

    /// Booth requests in the order they were added.
    func fetchRequests(_ db: Database) throws -> [BoothRequest] {
        let organisations = try grouped(
            db, table: "request_organisation", owner: "request_id", reference: "organisation_id")
        let products = try grouped(db, table: "request_product", owner: "request_id", reference: "product_id")
        return try BoothRequestRecord.order(Column("seq")).fetchAll(db).map {
            try $0.request(
                organisations: organisations[$0.id, default: []].map { Identifier($0) },
                products: products[$0.id, default: []].map { Identifier($0) })
        }
    }

    /// The current booth plan in the order it was saved.
    func fetchAssignments(_ db: Database) throws -> [BoothAssignment] {
        try BoothAssignmentRecord.order(Column("seq")).fetchAll(db).map { try $0.assignment() }
    }

    /// Sessions in the order they were added.
    func fetchSessions(_ db: Database) throws -> [Session] {
        var participants: [String: [SessionParticipant]] = [:]
        for record in try SessionParticipantRecord.order(Column("session_id"), Column("seq")).fetchAll(db) {
            let role = try StoreText.value(
                SessionParticipant.Role.self, record.role, entity: .session, id: record.sessionId)
            participants[record.sessionId, default: []].append(
                SessionParticipant(person: Identifier(record.personId), role: role))
        }
        let points = try grouped(
            db, table: "session_point", owner: "session_id", reference: "connection_point_id")
        return try SessionRecord.order(Column("seq")).fetchAll(db).map {
            try $0.session(
                participants: participants[$0.id, default: []],
                linkedPoints: points[$0.id, default: []].map { Identifier($0) })
        }
    }

    /// The whole plan, every list in the order it was added.
    func fetchPlan(_ db: Database) throws -> Plan {
        Plan(
            event: try fetchEvent(db), venue: try fetchVenue(db), organisations: try fetchOrganisations(db),
            products: try fetchProducts(db), people: try fetchPeople(db), parties: try fetchParties(db),
            boothRequests: try fetchRequests(db), boothAssignments: try fetchAssignments(db),
            connectionPoints: try fetchConnectionPoints(db), sessions: try fetchSessions(db),
            attendances: try fetchAttendances(db))
    }
}

extension StoreRecord {
    /// All rows, or only the one whose `id` column is `id`.
    static func filtered(_ id: String?) -> QueryInterfaceRequest<Self> {
        id.map { all().filter(Column("id") == $0) } ?? all()
    }
}
