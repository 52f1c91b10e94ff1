import GRDB
public import Planning

extension PlanStore {
    /// The part of the plan a focus names, read in one consistent snapshot: the event, the
    /// organisations, products and people the focus names by identifier or key (people closed
    /// over shared duplicate keys), their attendances, and every connection point when asked.
    /// The identifiers a new one could clash with are read on their own
    /// (``identifiers(of:from:)``): thousands of organisations may share a stem. The venue, parties,
    /// requests and sessions are read only when the focus asks for the fair's own tables
    /// (``PlanFocus/fair``): the halls and the programme bound their size; the booths assigned
    /// only when it asks for the booth plan.
    ///
    /// Each part is found through an index (identifier, registration code, province, owner) or,
    /// for people's duplicate keys, one pass over a few columns, so a single registration on a
    /// plan of tens of thousands of organisations reads a few rows, not the plan.
    public func loadPlan(focus: PlanFocus) throws -> Plan {
        try read { db in try fetchPlan(focus: focus, db) }
    }

    /// The part of the plan a focus names (``loadPlan(focus:)``), in a transaction already open.
    func fetchPlan(focus: PlanFocus, _ db: Database) throws -> Plan {
        var plan = Plan(event: try fetchEvent(db))
        var focus = focus
        if !focus.organisationReferences.isEmpty {
            let named = try organisations(namedBy: focus.organisationReferences, db)
            focus.organisationIDs.formUnion(named)
            focus.productOwners.formUnion(named)
        }
        if !focus.productReferences.isEmpty {
            focus.productIDs.formUnion(try products(namedBy: focus.productReferences, db))
        }
        plan.organisations = try focusedOrganisations(focus, db)
        plan.products = try focusedProducts(focus, db)
        plan.people = try focusedPeople(focus, db)
        if focus.connectionPoints || focus.fair { plan.connectionPoints = try fetchConnectionPoints(db) }
        if focus.fair {
            plan.venue = try fetchVenue(db)
            plan.parties = try fetchParties(db)
            plan.boothRequests = try fetchRequests(db)
            if focus.boothPlan { plan.boothAssignments = try fetchAssignments(db) }
            plan.sessions = try fetchSessions(db)
        }
        let people = plan.people.map(\.id.rawValue)
        if !people.isEmpty {
            plan.attendances = try AttendanceRecord.filter(people.contains(Column("person_id")))
                .order(Column("seq")).fetchAll(db).map { try $0.attendance() }
        }
        return plan
    }

    /// What the booth allocator reads of the plan, in one snapshot: the fair's own tables with the
    /// booth plan, the organisations whose parties exhibit as one organisation (their province
    /// places the party) and the products the booth requests show (their categories, stars,
    /// product sets and cold chain score a booth). A waiting list's offers made on it are those
    /// made on the whole plan, on a plan of tens of thousands of organisations without reading
    /// them.
    public func loadBoothPlan() throws -> Plan {
        try read { db in try fetchBoothPlan(db) }
    }

    /// What the booth allocator reads of the plan (``loadBoothPlan()``), in a transaction already
    /// open.
    func fetchBoothPlan(_ db: Database) throws -> Plan {
        var fair = PlanFocus()
        fair.fair = true
        fair.boothPlan = true
        var plan = try fetchPlan(focus: fair, db)
        var registry = PlanFocus()
        for party in plan.parties {
            if case .organisation(let id) = party.kind { registry.organisationIDs.insert(id.rawValue) }
        }
        for request in plan.boothRequests {
            registry.productIDs.formUnion(request.products.map(\.rawValue))
        }
        plan.organisations = try focusedOrganisations(registry, db)
        plan.products = try focusedProducts(registry, db)
        return plan
    }

    /// The attendees of the plan's event by the place their attendance names (nil: on site),
    /// counted by SQL without reading them: what the rules about connection points need of the
    /// attendances (``PlanValidator/validate(_:attendeePlaces:)``).
    public func attendeePlaces() throws -> [Identifier<ConnectionPoint>?: Int] {
        try read { db in try Self.attendanceCounts(of: try fetchEvent(db).id, db) }
    }

    /// The attendees of `event` by the place their attendance names (nil: on site).
    static func attendanceCounts(of event: Identifier<Event>, _ db: Database) throws
        -> [Identifier<ConnectionPoint>?: Int]
    {
        var counts: [Identifier<ConnectionPoint>?: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT connection_point_id, count(*) FROM attendance WHERE event_id = ? GROUP BY 1",
            arguments: [event.rawValue])
        {
            let point: String? = row[0]
            counts[point.map { Identifier($0) }, default: 0] += row[1]
        }
        return counts
    }

    /// The event with the fair's own tables (the venue, the parties and their requests, the
    /// connection points, the sessions) and none of the registry: what naming a party, a point
    /// or a session needs (``PlanFocus/fair``).
    public func loadFair() throws -> Plan {
        var focus = PlanFocus()
        focus.fair = true
        return try loadPlan(focus: focus)
    }

    /// The organisations a focus names, in the order they were added.
    private func focusedOrganisations(_ focus: PlanFocus, _ db: Database) throws -> [Organisation] {
        var records: [String: OrganisationRecord] = [:]
        func add(_ found: [OrganisationRecord]) { for record in found { records[record.id] = record } }
        if !focus.organisationIDs.isEmpty {
            add(try OrganisationRecord.filter(focus.organisationIDs.contains(Column("id"))).fetchAll(db))
        }
        if !focus.registrationCodes.isEmpty {
            add(
                try OrganisationRecord.filter(focus.registrationCodes.contains(Column("registration_code")))
                    .fetchAll(db))
        }
        for name in focus.organisationNames {
            // Through the index over the names' search keys (schema version 4).
            let inProvince =
                name.provinceCode.map { Column("province_code") == $0 }
                ?? (Column("province_code") == nil && Column("province") == name.provinceWritten)
            add(
                try OrganisationRecord.filter(sql: "fairplan_search_key(name) = ?", arguments: [name.nameKey])
                    .filter(inProvince).fetchAll(db))
        }
        let ids = Array(records.keys)
        var members: [String: [String]] = [:]
        if !ids.isEmpty {
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT union_id, member_id FROM organisation_member WHERE union_id IN (\(Self.placeholders(ids.count))) ORDER BY union_id, seq",
                arguments: StatementArguments(ids))
            {
                members[row[0], default: []].append(row[1])
            }
        }
        return try records.values.sorted { $0.seq < $1.seq }.map {
            try $0.organisation(members: members[$0.id, default: []].map { Identifier($0) })
        }
    }

    /// The products a focus names, in the order they were added.
    private func focusedProducts(_ focus: PlanFocus, _ db: Database) throws -> [Product] {
        var records: [String: ProductRecord] = [:]
        func add(_ found: [ProductRecord]) { for record in found { records[record.id] = record } }
        if !focus.productIDs.isEmpty {
            add(try ProductRecord.filter(focus.productIDs.contains(Column("id"))).fetchAll(db))
        }
        if !focus.productOwners.isEmpty {
            add(try ProductRecord.filter(focus.productOwners.contains(Column("owner_id"))).fetchAll(db))
        }
        return try records.values.sorted { $0.seq < $1.seq }.map { try $0.product() }
    }

    /// The people a focus names, with everyone sharing a duplicate key with them, transitively,
    /// in the order they were added. People with a name and those sharing a key are found through
    /// the indexes over the name key, the phone key and the e-mail key (schema version 4).
    private func focusedPeople(_ focus: PlanFocus, _ db: Database) throws -> [Person] {
        var ids = focus.personIDs
        if !focus.personReferences.isEmpty {
            ids.formUnion(try people(namedBy: focus.personReferences, db))
        }
        if !focus.personKeys.isEmpty || !focus.personNames.isEmpty {
            if !focus.personNames.isEmpty {
                let names = Array(focus.personNames)
                ids.formUnion(
                    try String.fetchAll(
                        db,
                        sql: """
                            SELECT id FROM person WHERE fairplan_person_name_key(family_name, middle_name, given_name)
                                IN (\(Self.placeholders(names.count)))
                            """,
                        arguments: StatementArguments(names)))
            }
            var seenKeys = focus.personKeys
            var pending = Array(focus.personKeys)
            // The keys of the people found, not seen before, are looked for next.
            func expand(_ found: Set<String>) throws {
                guard !found.isEmpty else { return }
                let list = Array(found)
                for row in try Row.fetchAll(
                    db,
                    sql: """
                        SELECT family_name, middle_name, given_name, phone, email FROM person
                        WHERE id IN (\(Self.placeholders(list.count)))
                        """,
                    arguments: StatementArguments(list))
                {
                    let keys = PlanValidator.duplicateKeys(
                        name: PersonName(family: row[0], middle: row[1], given: row[2]), phone: row[3],
                        email: row[4])
                    for key in keys where seenKeys.insert(key).inserted { pending.append(key) }
                }
            }
            try expand(ids)
            while !pending.isEmpty {
                let keys = pending
                pending = []
                let found = try String.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM person
                        WHERE fairplan_phone_key(family_name, middle_name, given_name, phone)
                                IN (\(Self.placeholders(keys.count)))
                            OR fairplan_email_key(email) IN (\(Self.placeholders(keys.count)))
                        """,
                    arguments: StatementArguments(keys + keys))
                let new = Set(found).subtracting(ids)
                ids.formUnion(new)
                try expand(new)
            }
        }
        guard !ids.isEmpty else { return [] }
        return try PersonRecord.filter(ids.contains(Column("id"))).order(Column("seq")).fetchAll(db).map {
            try $0.person()
        }
    }

    /// The people one of `references` names by identifier or whole name (``PlanFocus/personReferences``),
    /// found through the primary key and the indexes over the names' tone-keeping and folded keys
    /// (schema versions 4 and 6).
    private func people(namedBy references: Set<String>, _ db: Database) throws -> [String] {
        let texts = Array(Set(references.map(VietnameseText.normalized)))
        let exact = Array(Set(texts.map(NameKey.exact)))
        let folded = Array(Set(texts.map(NameKey.folded)))
        return try String.fetchAll(
            db,
            sql: """
                SELECT id FROM person
                WHERE id IN (\(Self.placeholders(texts.count)))
                    OR fairplan_person_name_key(family_name, middle_name, given_name)
                        IN (\(Self.placeholders(exact.count)))
                    OR fairplan_person_folded_key(family_name, middle_name, given_name)
                        IN (\(Self.placeholders(folded.count)))
                """,
            arguments: StatementArguments(texts + exact + folded))
    }

    /// The organisations one of `references` names at any stage of ``NameIndex``: identifier,
    /// registration code (a lost leading zero restored), name or short name under its tone-keeping
    /// or folded key (a tone-keeping match is a folded one too), found through the primary key
    /// and the indexes over the code and the names' folded keys.
    private func organisations(namedBy references: Set<String>, _ db: Database) throws -> Set<String> {
        let wanted = NameReferenceKeys(references)
        let texts = Array(wanted.texts)
        let codes = wanted.codes.map(\.description)
        let folded = Array(wanted.folded)
        // Only the lists that hold something: an empty `IN ()` among the terms made SQLite scan
        // the table (computing every name's key) instead of joining one look-up per index.
        var terms: [String] = []
        var arguments: [String] = []
        for (column, values) in [
            ("id", texts), ("registration_code", codes), ("fairplan_folded_key(name)", folded),
            ("fairplan_folded_key(short_name)", folded),
        ] where !values.isEmpty {
            terms.append("\(column) IN (\(Self.placeholders(values.count)))")
            arguments += values
        }
        guard !terms.isEmpty else { return [] }
        var found: Set<String> = []
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT id, name, short_name, registration_code FROM organisation
                WHERE \(terms.joined(separator: " OR "))
                """,
            arguments: StatementArguments(arguments))
        {
            let id: String = row[0]
            let code = (row[3] as String?).flatMap(RegistrationCode.init)
            if wanted.texts.contains(id) || code.map(wanted.codes.contains) == true
                || wanted.matches(name: row[1]) || (row[2] as String?).map(wanted.matches(name:)) == true
            {
                found.insert(id)
            }
        }
        return found
    }

    /// The products one of `references` names by identifier or name (tone-keeping or folded
    /// key), found through the primary key and the index over the names' folded keys.
    private func products(namedBy references: Set<String>, _ db: Database) throws -> Set<String> {
        let wanted = NameReferenceKeys(references)
        let texts = Array(wanted.texts)
        let folded = Array(wanted.folded)
        var found: Set<String> = []
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT id, name FROM product
                WHERE id IN (\(Self.placeholders(texts.count)))
                    OR fairplan_folded_key(name) IN (\(Self.placeholders(folded.count)))
                """,
            arguments: StatementArguments(texts + folded))
        {
            let id: String = row[0]
            if wanted.texts.contains(id) || wanted.matches(name: row[1]) { found.insert(id) }
        }
        return found
    }

    /// The identifiers in use of entities of `kind` (organisations, products, people) equal to one
    /// of `stems` or starting with it and `-`: those a new identifier made from the stems could
    /// clash with. Read from the primary key alone.
    public func identifiers(of kind: EntityKind, from stems: Set<String>) throws -> Set<String> {
        let table: String
        switch kind {
        case .organisation: table = OrganisationRecord.databaseTableName
        case .product: table = ProductRecord.databaseTableName
        case .person: table = PersonRecord.databaseTableName
        default: return []
        }
        return try read { db in
            var found: Set<String> = []
            for stem in stems {
                found.formUnion(
                    try String.fetchAll(
                        db, sql: "SELECT id FROM \(table) WHERE id = ? OR (id >= ? AND id < ?)",
                        arguments: [stem, stem + "-", stem + "."]))
            }
            return found
        }
    }

    /// `?, ?, …` for `count` values.
    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
