import GRDB
public import Planning

extension PlanSnapshot {
    /// An attendee: the person, the attendance, and the name of the organisation the person
    /// represents (when it exists).
    public typealias Attendee = (person: Person, attendance: Attendance, organisationName: String?)

    /// What a product list shows of a product's owner.
    public typealias ProductOwner = (name: String, registrationCode: String?, province: ProvinceReference)

    /// The attendances of `event` with their people, in list order: alphabetical (given name,
    /// family name, middle names to case, date of birth with unknown last, identifier), or, with
    /// `protocolOrder`, by protocol rank first. Sorted by the database, read one at a time; in
    /// any order when `sorted` is false.
    public func attendees(of event: Identifier<Event>, protocolOrder: Bool, sorted: Bool = true) throws
        -> PlanCursor<Attendee>
    {
        let rank =
            protocolOrder
            ? "coalesce(person.protocol_rank_override, fairplan_protocol_rank(person.position))," : ""
        let order = """
            ORDER BY \(rank) fairplan_list_key(person.given_name), fairplan_list_key(person.family_name),
                fairplan_list_key(person.middle_name), person.date_of_birth IS NULL, person.date_of_birth, person.id
            """
        let sql = """
            SELECT person.*, attendance.connection_point_id AS attendance_point, attendance.role AS attendance_role,
                organisation.name AS organisation_name
            FROM attendance JOIN person ON person.id = attendance.person_id
            LEFT JOIN organisation ON organisation.id = person.organisation_id
            WHERE attendance.event_id = ?
            """ + (sorted ? order : "")
        let rows = try converting { try Row.fetchCursor(db, sql: sql, arguments: [event.rawValue]) }
        return PlanCursor {
            guard let row = try converting({ try rows.next() }) else { return nil }
            let record = try converting { try PersonRecord(row: row) }
            let point: String? = row["attendance_point"]
            let role: String = row["attendance_role"]
            let attendance = Attendance(
                person: Identifier(record.id), event: event,
                place: point.map { .connectionPoint(Identifier($0)) } ?? .onSite,
                role: try StoreText.value(Attendance.Role.self, role, entity: .attendance, id: record.id))
            return (try record.person(provinces: provinces), attendance, row["organisation_name"])
        }
    }

    /// The products with their owners, by the owner's province (official name), the owner's name,
    /// then the product's name, each in Vietnamese order (empty without an owner), then
    /// identifier. Sorted by the database, read one at a time; in any order when `sorted` is
    /// false.
    public func productsWithOwners(sorted: Bool = true) throws
        -> PlanCursor<(product: Product, owner: ProductOwner?)>
    {
        let order = """
             ORDER BY fairplan_sort_key(coalesce(fairplan_province_name(organisation.province_json), '')),
                fairplan_sort_key(coalesce(organisation.name, '')), fairplan_sort_key(product.name), product.id
            """
        let sql = """
            SELECT product.*, organisation.name AS owner_name, organisation.registration_code AS owner_code,
                organisation.province_json AS owner_province
            FROM product LEFT JOIN organisation ON organisation.id = product.owner_id
            """ + (sorted ? order : "")
        let rows = try converting { try Row.fetchCursor(db, sql: sql) }
        return PlanCursor {
            guard let row = try converting({ try rows.next() }) else { return nil }
            let record = try converting { try ProductRecord(row: row) }
            var owner: ProductOwner?
            if let name: String = row["owner_name"], let json: String = row["owner_province"] {
                let province = try provinces.province(json, entity: .organisation, id: record.ownerId)
                let code: String? = row["owner_code"]
                if let code, RegistrationCode(code) == nil {
                    throw StoreError.corruptData(
                        .organisation, id: record.ownerId, reason: .invalidRegistrationCode(code))
                }
                owner = (name, code, province)
            }
            return (try record.product(), owner)
        }
    }

    /// Counts every organisation and product of the registry into `counts`: the database groups
    /// the rows by province and kind, and by classification, and each group's stored value is
    /// decoded once.
    public func countRegistry(into counts: inout RegistryCounts) throws {
        let organisations = try converting {
            try Row.fetchAll(
                db,
                sql:
                    "SELECT province_json, kind, min(id), count(*) FROM organisation GROUP BY province_json, kind"
            )
        }
        for row in organisations {
            let id: String = row[2]
            let province = try provinces.province(row[0], entity: .organisation, id: id)
            let kind = try StoreText.value(OrganisationKind.self, row[1], entity: .organisation, id: id)
            counts.count(province: province, kind: kind, times: row[3])
        }
        let products = try converting {
            try Row.fetchAll(
                db,
                sql: "SELECT classification_json, min(id), count(*) FROM product GROUP BY classification_json"
            )
        }
        for row in products {
            let json: String? = row[0]
            let classification = try JSONColumn.decode(
                OCOPClassification.self, from: json, entity: .product, id: row[1])
            counts.count(category: classification?.category, times: row[2])
        }
    }

    /// The fair's own tables and the registry entities they name: the event, the venue, the
    /// parties, their requests, the booth plan, the connection points, the sessions; the
    /// organisations parties and requests name, the products requests show, the people sessions
    /// and connection points name. Its size follows the fair (halls, programme, registrations),
    /// not the registry.
    public func frame() throws -> Plan {
        try converting {
            var plan = Plan(event: try store.fetchEvent(db))
            plan.venue = try store.fetchVenue(db)
            plan.parties = try store.fetchParties(db)
            plan.boothRequests = try store.fetchRequests(db)
            plan.boothAssignments = try store.fetchAssignments(db)
            plan.connectionPoints = try store.fetchConnectionPoints(db)
            plan.sessions = try store.fetchSessions(db)
            plan.organisations = try OrganisationRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM organisation WHERE id IN (
                        SELECT organisation_id FROM party UNION SELECT organisation_id FROM request_organisation)
                    ORDER BY seq
                    """
            ).map(organisation)
            plan.products = try ProductRecord.fetchAll(
                db,
                sql: "SELECT * FROM product WHERE id IN (SELECT product_id FROM request_product) ORDER BY seq"
            ).map { try $0.product() }
            plan.people = try PersonRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM person WHERE id IN (
                        SELECT person_id FROM session_participant UNION SELECT chair_id FROM connection_point)
                    ORDER BY seq
                    """
            ).map { try $0.person(provinces: provinces) }
            return plan
        }
    }

    /// The people with the given identifiers, in the order they were added.
    public func people(_ ids: Set<Identifier<Person>>) throws -> [Person] {
        guard !ids.isEmpty else { return [] }
        return try converting {
            try PersonRecord.filter(ids.map(\.rawValue).contains(Column("id"))).order(Column("seq")).fetchAll(
                db)
        }.map { try $0.person(provinces: provinces) }
    }

    /// The registry as the validator reads it, row by row (``SnapshotRegistry``).
    public var registry: SnapshotRegistry { SnapshotRegistry(snapshot: self) }
}
