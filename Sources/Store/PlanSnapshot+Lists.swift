import GRDB
public import Planning

extension PlanSnapshot {
    /// Each organisation in Vietnamese order of names, then identifiers (as
    /// ``PlanStore/organisations()``), or in no particular order when `sorted` is false (to
    /// count or measure them without sorting).
    ///
    /// Identifiers are compared byte for byte, which is Swift's order for the identifiers a plan
    /// holds (ASCII, or NFC text); names are sorted as stored, which every write normalises.
    public func forEachOrganisation(sorted: Bool = true, _ body: (Organisation) throws -> Void) throws {
        try forEach(
            OrganisationRecord.self,
            sql: "SELECT * FROM organisation" + (sorted ? " ORDER BY fairplan_sort_key(name), id" : ""),
            organisation, body)
    }

    /// Each product in Vietnamese order of names, then identifiers (as ``PlanStore/products(owner:)``),
    /// or in no particular order when `sorted` is false.
    public func forEachProduct(sorted: Bool = true, _ body: (Product) throws -> Void) throws {
        try forEach(
            ProductRecord.self,
            sql: "SELECT * FROM product" + (sorted ? " ORDER BY fairplan_sort_key(name), id" : ""),
            { try $0.product() }, body)
    }

    /// Each person in the order of Vietnamese lists: given name, family name, middle names (to
    /// case), date of birth (unknown last), identifier (as ``PlanStore/people()``), or in no
    /// particular order when `sorted` is false.
    public func forEachPerson(sorted: Bool = true, _ body: (Person) throws -> Void) throws {
        let order = """
             ORDER BY fairplan_list_key(given_name), fairplan_list_key(family_name),
                fairplan_list_key(middle_name), date_of_birth IS NULL, date_of_birth, id
            """
        try forEach(
            PersonRecord.self, sql: "SELECT * FROM person" + (sorted ? order : ""),
            { try $0.person(provinces: provinces) }, body)
    }

    /// Each party in Vietnamese order of names, then identifiers; only those with `status` when
    /// given (as ``PlanStore/parties(status:)``), or in no particular order when `sorted` is false.
    public func forEachParty(
        status: RegistrationStatus? = nil, sorted: Bool = true, _ body: (ExhibitingParty) throws -> Void
    ) throws {
        try forEach(
            PartyRecord.self,
            sql: "SELECT * FROM party WHERE ?1 IS NULL OR status = ?1"
                + (sorted ? " ORDER BY fairplan_sort_key(name), id" : ""),
            arguments: [status?.rawValue], { try $0.party() }, body)
    }

    /// The name of the organisation with `id`, nil when there is none.
    public func organisationName(_ id: Identifier<Organisation>) throws -> String? {
        try values(String.self, sql: "SELECT name FROM organisation WHERE id = ?", arguments: [id.rawValue])
            .first
    }

    /// The name of the party with `id`, nil when there is none.
    public func partyName(_ id: Identifier<ExhibitingParty>) throws -> String? {
        try values(String.self, sql: "SELECT name FROM party WHERE id = ?", arguments: [id.rawValue]).first
    }

    /// The province a party represents: the alliance's, or its organisation's (as
    /// ``Plan/province(of:)``).
    public func province(of party: ExhibitingParty) throws -> ProvinceReference? {
        switch party.kind {
        case .provincialAlliance(let province): return province
        case .organisation(let id):
            let json: String? = try values(
                String.self, sql: "SELECT province_json FROM organisation WHERE id = ?",
                arguments: [id.rawValue]
            ).first
            guard let json else { return nil }
            return try provinces.province(json, entity: .organisation, id: id.rawValue)
        }
    }

    /// The person's first attendance (in the order attendances were added), nil when none.
    public func firstAttendance(of person: Identifier<Person>) throws -> Attendance? {
        let statement = try converting {
            try db.cachedStatement(sql: "SELECT * FROM attendance WHERE person_id = ? ORDER BY seq LIMIT 1")
        }
        return try converting { try AttendanceRecord.fetchOne(statement, arguments: [person.rawValue]) }?
            .attendance()
    }

    /// The connection points in the order they were added.
    public func connectionPoints() throws -> [ConnectionPoint] {
        try converting { try ConnectionPointRecord.order(Column("seq")).fetchAll(db) }.map {
            try $0.connectionPoint()
        }
    }

    /// How many booths `party` asks for over all its requests.
    public func boothsWanted(by party: Identifier<ExhibitingParty>) throws -> Int {
        try values(
            Int.self, sql: "SELECT coalesce(sum(booths_wanted), 0) FROM booth_request WHERE party_id = ?",
            arguments: [party.rawValue]
        ).first ?? 0
    }

    /// The codes of the booths assigned to `party` in the current booth plan, sorted.
    public func booths(of party: Identifier<ExhibitingParty>) throws -> [String] {
        try values(
            String.self, sql: "SELECT booth_code FROM booth_assignment WHERE party_id = ?",
            arguments: [party.rawValue]
        ).sorted()
    }
}
