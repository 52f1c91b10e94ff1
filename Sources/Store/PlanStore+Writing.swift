import GRDB
import Planning

extension PlanStore {
    /// The position of the entity's row and whether it is new, after checking `mode`.
    ///
    /// A new row goes after every existing one. `condition` and `arguments` name the row when its
    /// key is not the table's single key column.
    func position(
        _ entity: StoredEntity, id: String, mode: WriteMode, _ db: Database, condition: String? = nil,
        arguments: StatementArguments? = nil
    ) throws -> (seq: Int, isNew: Bool) {
        let table = entity.table
        let existing = try Int.fetchOne(
            db, sql: "SELECT seq FROM \(table.name) WHERE \(condition ?? "\(table.key) = ?")",
            arguments: arguments ?? [id])
        switch (mode, existing) {
        case (.insert, .some): throw StoreError.duplicate(entity, id: id)
        case (.update, nil): throw StoreError.notFound(entity, id: id)
        default: break
        }
        if let existing { return (existing, false) }
        let last = try Int.fetchOne(db, sql: "SELECT max(seq) FROM \(table.name)") ?? 0
        return (last + 1, true)
    }

    /// Throws ``StoreError/missingReference(_:id:refersTo:referenceID:)`` unless the entity
    /// `reference` of kind `target` is in the plan.
    func requireReference(
        _ target: StoredEntity, _ reference: String, from entity: StoredEntity, id: String, _ db: Database
    ) throws {
        let table = target.table
        let found =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM \(table.name) WHERE \(table.key) = ?)",
                arguments: [reference]) ?? false
        if !found {
            throw StoreError.missingReference(entity, id: id, refersTo: target, referenceID: reference)
        }
    }

    /// Inserts or updates a row, turning constraint failures into readable errors.
    func save<Record: StoreRecord>(
        _ record: Record, isNew: Bool, entity: StoredEntity, id: String, _ db: Database
    ) throws {
        try mappingConstraints(entity: entity, id: id) {
            if isNew {
                try record.insert(db)
            } else {
                try record.update(db)
            }
        }
    }

    /// Inserts a new row of a bulk table through the transaction's prepared statement (no
    /// Codable, no SQL built per row); errors as ``save(_:isNew:entity:id:_:)``.
    func insert<Record: BulkRecord>(_ record: Record, entity: StoredEntity, id: String, _ db: Database) throws
    {
        try mappingConstraints(entity: entity, id: id) {
            try db.cachedStatement(sql: Record.insertSQL).execute(
                arguments: StatementArguments(record.columnValues))
        }
    }

    /// Inserts a row of `Record`'s table from arguments made beforehand
    /// (``BulkRecord/statementArguments``).
    func insert<Record: BulkRecord>(
        _ arguments: StatementArguments, as _: Record.Type, entity: StoredEntity, id: String, _ db: Database
    ) throws {
        try mappingConstraints(entity: entity, id: id) {
            try db.cachedStatement(sql: Record.insertSQL).execute(arguments: arguments)
        }
    }

    /// Runs `body`, turning a constraint failure into ``StoreError/duplicate(_:id:)`` (primary key
    /// or unique) or ``StoreError/constraintViolation(_:id:detail:)``.
    private func mappingConstraints(entity: StoredEntity, id: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            if error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
                || error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
            {
                throw StoreError.duplicate(entity, id: id)
            }
            throw StoreError.constraintViolation(
                entity, id: id, detail: error.message ?? "\(error.resultCode)")
        }
    }

    // MARK: - Entities

    /// Writes the event row (its identifier must not change once created).
    func writeEvent(_ event: Event, mode: WriteMode, _ db: Database) throws {
        let exists = try EventRecord.fetchCount(db) > 0
        switch (mode, exists) {
        case (.insert, true): throw StoreError.duplicate(.event, id: event.id.rawValue)
        case (.update, _):
            guard try EventRecord.exists(db, key: event.id.rawValue) else {
                throw StoreError.notFound(.event, id: event.id.rawValue)
            }
        default: break
        }
        try save(try EventRecord(event), isNew: !exists, entity: .event, id: event.id.rawValue, db)
    }

    /// Writes an organisation's row and, when `members`, its member list.
    ///
    /// With `checkingCode` (one organisation registered or edited), a registration code that is
    /// new or changed must not be another organisation's (``requireCodeFree(_:_:)``).
    @discardableResult
    func writeOrganisation(
        _ organisation: Organisation, mode: WriteMode, members: Bool = true, checkingCode: Bool = false,
        _ db: Database
    ) throws -> Bool {
        let id = organisation.id.rawValue
        if checkingCode { try requireCodeFree(organisation, db) }
        let place = try position(.organisation, id: id, mode: mode, db)
        try save(
            try OrganisationRecord(organisation, seq: place.seq), isNew: place.isNew, entity: .organisation,
            id: id, db)
        if members { try writeMembers(of: organisation, db) }
        return place.isNew
    }

    /// Refuses a registration code that is new or changed for the organisation and is already
    /// another organisation's, in the writing transaction, so two processes cannot both register
    /// one code. A whole plan written at once (a sample, an import matched by natural keys) is
    /// not checked here: repeats there are the rules' findings. A file written before this check
    /// may hold repeats; editing other fields of such a row stays possible.
    func requireCodeFree(_ organisation: Organisation, _ db: Database) throws {
        let id = organisation.id.rawValue
        guard let code = organisation.registrationCode?.description,
            try String.fetchOne(
                db, sql: "SELECT registration_code FROM organisation WHERE id = ?", arguments: [id]) != code,
            let holder = try String.fetchOne(
                db, sql: "SELECT id FROM organisation WHERE registration_code = ? AND id <> ? LIMIT 1",
                arguments: [code, id])
        else { return }
        throw StoreError.registrationCodeTaken(code: code, organisation: holder)
    }

    /// Replaces a union's member list.
    func writeMembers(of organisation: Organisation, _ db: Database) throws {
        let id = organisation.id.rawValue
        try db.execute(sql: "DELETE FROM organisation_member WHERE union_id = ?", arguments: [id])
        for (index, member) in organisation.memberOrganisations.enumerated() {
            try requireReference(.organisation, member.rawValue, from: .organisation, id: id, db)
            try save(
                OrganisationMemberRecord(unionId: id, seq: index + 1, memberId: member.rawValue), isNew: true,
                entity: .organisation, id: id, db)
        }
    }

    /// Writes a product; its owner must be in the plan.
    @discardableResult
    func writeProduct(_ product: Product, mode: WriteMode, _ db: Database) throws -> Bool {
        let id = product.id.rawValue
        let place = try position(.product, id: id, mode: mode, db)
        try requireReference(.organisation, product.owner.rawValue, from: .product, id: id, db)
        try save(try ProductRecord(product, seq: place.seq), isNew: place.isNew, entity: .product, id: id, db)
        return place.isNew
    }

    /// Writes a person; the organisation, when given, must be in the plan.
    @discardableResult
    func writePerson(_ person: Person, mode: WriteMode, _ db: Database) throws -> Bool {
        let id = person.id.rawValue
        let place = try position(.person, id: id, mode: mode, db)
        if let organisation = person.organisation {
            try requireReference(.organisation, organisation.rawValue, from: .person, id: id, db)
        }
        try save(try PersonRecord(person, seq: place.seq), isNew: place.isNew, entity: .person, id: id, db)
        return place.isNew
    }

    /// Writes a connection point; its chair, when given, must be in the plan.
    @discardableResult
    func writeConnectionPoint(_ point: ConnectionPoint, mode: WriteMode, _ db: Database) throws -> Bool {
        let id = point.id.rawValue
        let place = try position(.connectionPoint, id: id, mode: mode, db)
        if let chair = point.chair {
            try requireReference(.person, chair.rawValue, from: .connectionPoint, id: id, db)
        }
        try save(
            try ConnectionPointRecord(point, seq: place.seq), isNew: place.isNew, entity: .connectionPoint,
            id: id, db)
        return place.isNew
    }

    /// Writes an attendance, identified by person and event.
    @discardableResult
    func writeAttendance(_ attendance: Attendance, mode: WriteMode, _ db: Database) throws -> Bool {
        let id = attendance.person.rawValue
        let place = try position(
            .attendance, id: id, mode: mode, db, condition: "person_id = ? AND event_id = ?",
            arguments: [id, attendance.event.rawValue])
        try requireReference(.person, id, from: .attendance, id: id, db)
        try requireReference(.event, attendance.event.rawValue, from: .attendance, id: id, db)
        if case .connectionPoint(let point) = attendance.place {
            try requireReference(.connectionPoint, point.rawValue, from: .attendance, id: id, db)
        }
        try save(
            AttendanceRecord(attendance, seq: place.seq), isNew: place.isNew, entity: .attendance, id: id, db)
        return place.isNew
    }

    /// Writes a party. An existing party keeps its stored registration status: statuses change
    /// through the registration life cycle only.
    @discardableResult
    func writeParty(_ party: ExhibitingParty, mode: WriteMode, _ db: Database) throws -> Bool {
        let id = party.id.rawValue
        let place = try position(.party, id: id, mode: mode, db)
        if case .organisation(let organisation) = party.kind {
            try requireReference(.organisation, organisation.rawValue, from: .party, id: id, db)
        }
        var record = try PartyRecord(party, seq: place.seq)
        if !place.isNew,
            let stored = try String.fetchOne(
                db, sql: "SELECT status FROM party WHERE id = ?", arguments: [id])
        {
            record.status = stored
        }
        try save(record, isNew: place.isNew, entity: .party, id: id, db)
        return place.isNew
    }

    /// Writes a booth request with its sharing organisations and products.
    @discardableResult
    func writeRequest(_ request: BoothRequest, mode: WriteMode, _ db: Database) throws -> Bool {
        let id = request.id.rawValue
        let place = try position(.boothRequest, id: id, mode: mode, db)
        try requireReference(.party, request.party.rawValue, from: .boothRequest, id: id, db)
        try save(
            try BoothRequestRecord(request, seq: place.seq), isNew: place.isNew, entity: .boothRequest,
            id: id,
            db)
        try db.execute(sql: "DELETE FROM request_organisation WHERE request_id = ?", arguments: [id])
        for (index, organisation) in request.sharingOrganisations.enumerated() {
            try requireReference(.organisation, organisation.rawValue, from: .boothRequest, id: id, db)
            try save(
                RequestOrganisationRecord(
                    requestId: id, seq: index + 1, organisationId: organisation.rawValue),
                isNew: true, entity: .boothRequest, id: id, db)
        }
        try db.execute(sql: "DELETE FROM request_product WHERE request_id = ?", arguments: [id])
        for (index, product) in request.products.enumerated() {
            try requireReference(.product, product.rawValue, from: .boothRequest, id: id, db)
            try save(
                RequestProductRecord(requestId: id, seq: index + 1, productId: product.rawValue), isNew: true,
                entity: .boothRequest, id: id, db)
        }
        return place.isNew
    }

    /// Writes a session with its participants and linked connection points.
    @discardableResult
    func writeSession(_ session: Session, mode: WriteMode, _ db: Database) throws -> Bool {
        let id = session.id.rawValue
        let place = try position(.session, id: id, mode: mode, db)
        try save(try SessionRecord(session, seq: place.seq), isNew: place.isNew, entity: .session, id: id, db)
        try db.execute(sql: "DELETE FROM session_participant WHERE session_id = ?", arguments: [id])
        for (index, participant) in session.participants.enumerated() {
            try requireReference(.person, participant.person.rawValue, from: .session, id: id, db)
            try save(
                SessionParticipantRecord(
                    sessionId: id, seq: index + 1, personId: participant.person.rawValue,
                    role: participant.role.rawValue), isNew: true, entity: .session, id: id, db)
        }
        try db.execute(sql: "DELETE FROM session_point WHERE session_id = ?", arguments: [id])
        for (index, point) in session.linkedPoints.enumerated() {
            try requireReference(.connectionPoint, point.rawValue, from: .session, id: id, db)
            try save(
                SessionPointRecord(sessionId: id, seq: index + 1, connectionPointId: point.rawValue),
                isNew: true, entity: .session, id: id, db)
        }
        return place.isNew
    }

    /// Replaces the venue snapshot and its booth rows; nil removes the venue.
    ///
    /// Refuses (``StoreError/boothsInUse(_:)``) when a booth of the current booth plan is not on
    /// the new venue, and a venue with two booths of one code.
    func writeVenue(_ venue: Venue?, _ db: Database) throws {
        let assigned = Set(try String.fetchAll(db, sql: "SELECT booth_code FROM booth_assignment"))
        let codes = venue?.booths.map(\.code) ?? []
        let lost = assigned.subtracting(codes).sorted()
        if !lost.isEmpty { throw StoreError.boothsInUse(lost) }
        guard let venue else {
            try db.execute(sql: "DELETE FROM venue_booth")
            try db.execute(sql: "DELETE FROM venue")
            return
        }
        let repeated = Dictionary(grouping: codes, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        if !repeated.isEmpty {
            throw StoreError.duplicateBoothCodes(venue: venue.id.rawValue, codes: repeated)
        }
        let kept = Set(codes)
        for code in try String.fetchAll(db, sql: "SELECT code FROM venue_booth") where !kept.contains(code) {
            try db.execute(sql: "DELETE FROM venue_booth WHERE code = ?", arguments: [code])
        }
        for (index, booth) in venue.booths.enumerated() {
            let isNew = try !VenueBoothRecord.exists(db, key: booth.code)
            try save(
                VenueBoothRecord(booth, seq: index + 1), isNew: isNew, entity: .booth, id: booth.code, db)
        }
        let hasVenue = try VenueRecord.fetchCount(db) > 0
        try save(try VenueRecord(venue), isNew: !hasVenue, entity: .venue, id: venue.id.rawValue, db)
    }

    /// Replaces the current booth plan's rows (no status changes; see `saveBoothPlan`).
    func writeAssignments(_ assignments: [BoothAssignment], _ db: Database) throws {
        let codes = assignments.map(\.booth)
        let repeated = Dictionary(grouping: codes, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        if !repeated.isEmpty { throw StoreError.boothAssignedTwice(repeated) }
        if !assignments.isEmpty, try VenueRecord.fetchCount(db) == 0 { throw StoreError.noVenue }
        try db.execute(sql: "DELETE FROM booth_assignment")
        for (index, assignment) in assignments.enumerated() {
            let code = assignment.booth
            try requireReference(.booth, code, from: .boothAssignment, id: code, db)
            try requireReference(.party, assignment.party.rawValue, from: .boothAssignment, id: code, db)
            try save(
                BoothAssignmentRecord(assignment, seq: index + 1), isNew: true, entity: .boothAssignment,
                id: code, db)
        }
    }

    /// Writes a whole plan into an empty file, in dependency order.
    func insertPlan(_ plan: Plan, _ db: Database) throws {
        try writeEvent(plan.event, mode: .insert, db)
        try writeVenue(plan.venue, db)
        for organisation in plan.organisations {
            try writeOrganisation(organisation, mode: .insert, members: false, db)
        }
        for organisation in plan.organisations { try writeMembers(of: organisation, db) }
        for product in plan.products { try writeProduct(product, mode: .insert, db) }
        for person in plan.people { try writePerson(person, mode: .insert, db) }
        for point in plan.connectionPoints { try writeConnectionPoint(point, mode: .insert, db) }
        for attendance in plan.attendances { try writeAttendance(attendance, mode: .insert, db) }
        for party in plan.parties { try writeParty(party, mode: .insert, db) }
        for request in plan.boothRequests { try writeRequest(request, mode: .insert, db) }
        try writeAssignments(plan.boothAssignments, db)
        for session in plan.sessions { try writeSession(session, mode: .insert, db) }
    }
}
