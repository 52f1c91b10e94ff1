import GRDB
import Planning

extension PlanStore {
    /// Writes a whole batch in one transaction: all of it, or, on any failure, nothing.
    ///
    /// Entities are written in dependency order (organisations, their member lists, products,
    /// people, connection points, attendances, parties, booth requests), so the batch may refer to
    /// itself. Without `replacingExisting`, an identifier already in the plan is an error
    /// (``StoreError/duplicate(_:id:)``); with it, the existing entity is replaced (a party keeps
    /// its registration status). A failure (a duplicate, a missing reference, a full disk, a
    /// killed process) leaves the file exactly as it was.
    @discardableResult
    public func importBatch(_ batch: ImportBatch, replacingExisting: Bool = false) throws -> ImportSummary {
        if replacingExisting { return try importBatch(adding: ImportBatch(), updating: batch) }
        return try importBatch(adding: batch, updating: ImportBatch())
    }

    /// Writes an import in one transaction: the new entities of `adding` (an identifier already in
    /// the plan is ``StoreError/duplicate(_:id:)``), then the entities of `updating`, each added or,
    /// when the plan holds it, changed in place (a party keeps its registration status). All of it,
    /// or, on any failure, nothing.
    ///
    /// New rows are written in bulk: each table's last position is read once and counted on,
    /// statements are prepared once and reused, and references are checked by key, so the time
    /// grows with the size of the batch, not with the size of the plan times the batch. Nothing is
    /// written (and the journal records nothing) when both batches are empty.
    @discardableResult
    public func importBatch(adding: ImportBatch, updating: ImportBatch) throws -> ImportSummary {
        guard !Self.isEmpty(adding) || !Self.isEmpty(updating) else { return ImportSummary() }
        return try write { db in
            // A page cache of 24 MiB (pages are taken only as needed): a national registry's
            // batch (55,000 rows, 60 MB with its journal) spills some pages to the WAL
            // mid-transaction, measured no slower than a cache holding all of it, and the
            // process stays under 150 MB.
            try db.execute(sql: "PRAGMA cache_size = -24576")
            var summary = ImportSummary()
            var positions = ImportPositions()
            try insertNew(adding, positions: &positions, summary: &summary, db)
            try writeUpdates(updating, summary: &summary, db)
            return summary
        }
    }

    /// Inserts the new entities of a batch, in dependency order; a table given at least
    /// `bulkFrom` new rows is journaled in bulk (``BulkJournal``).
    func insertNew(
        _ batch: ImportBatch, positions: inout ImportPositions, summary: inout ImportSummary, _ db: Database,
        bulkFrom: Int = BulkJournal.threshold
    ) throws {
        // References to rows of the batch itself are known to hold (those rows were inserted
        // first, or the import already failed): only the others are looked up.
        let newOrganisations = Set(batch.organisations.map(\.id))
        let newPeople = Set(batch.people.map(\.id))
        var checkedEvents: Set<Identifier<Event>> = []
        // The rows' values are made on a second core while the writer inserts the rows before
        // them (``RowPipeline``); references and constraints are checked by the writer, in order.
        // The rows' name keys are made there too, for the indexes' SQL functions (``NameKeyMemo``).
        let keys = keys
        defer { keys.removeAll() }
        let organisations = batch.organisations
        try BulkJournal.inserting(organisations.count, into: .organisation, from: bulkFrom, db) {
            guard let first = try positions.reserve(organisations.count, of: .organisation, db) else {
                return
            }
            try RowPipeline(items: organisations, state: ProvinceJSONMemo()) {
                organisation, index, provinces in
                let record = try OrganisationRecord(organisation, seq: first + index, provinces: &provinces)
                keys.storeKeys(of: record)
                return record.statementArguments
            }.run { values, index in
                try insert(
                    try values.get(), as: OrganisationRecord.self, entity: .organisation,
                    id: organisations[index].id.rawValue, db)
                summary.count(.organisation, isNew: true)
            }
        }
        for organisation in organisations where !organisation.memberOrganisations.isEmpty {
            try writeMembers(of: organisation, db)
        }
        let products = batch.products
        try BulkJournal.inserting(products.count, into: .product, from: bulkFrom, db) {
            guard let first = try positions.reserve(products.count, of: .product, db) else { return }
            try RowPipeline(items: products, state: ()) { product, index, _ in
                let record = try ProductRecord(product, seq: first + index)
                keys.store(.folded, record.name, PlanFunctions.foldedKey(record.name))
                return record.statementArguments
            }.run { values, index in
                let product = products[index]
                if !newOrganisations.contains(product.owner) {
                    try requireExisting(
                        .organisation, product.owner.rawValue, from: .product, id: product.id.rawValue, db)
                }
                try insert(
                    try values.get(), as: ProductRecord.self, entity: .product, id: product.id.rawValue, db)
                summary.count(.product, isNew: true)
            }
        }
        let people = batch.people
        try BulkJournal.inserting(people.count, into: .person, from: bulkFrom, db) {
            guard let first = try positions.reserve(people.count, of: .person, db) else { return }
            try RowPipeline(items: people, state: ProvinceJSONMemo()) { person, index, provinces in
                let record = try PersonRecord(person, seq: first + index, provinces: &provinces)
                keys.storeKeys(of: record)
                return record.statementArguments
            }.run { values, index in
                let person = people[index]
                if let organisation = person.organisation, !newOrganisations.contains(organisation) {
                    try requireExisting(
                        .organisation, organisation.rawValue, from: .person, id: person.id.rawValue, db)
                }
                try insert(
                    try values.get(), as: PersonRecord.self, entity: .person, id: person.id.rawValue, db)
                summary.count(.person, isNew: true)
            }
        }
        for point in batch.connectionPoints {
            summary.count(.connectionPoint, isNew: try writeConnectionPoint(point, mode: .insert, db))
        }
        try BulkJournal.inserting(batch.attendances.count, into: .attendance, from: bulkFrom, db) {
            for attendance in batch.attendances {
                let id = attendance.person.rawValue
                if !newPeople.contains(attendance.person) {
                    try requireExisting(.person, id, from: .attendance, id: id, db)
                }
                if checkedEvents.insert(attendance.event).inserted {
                    try requireExisting(.event, attendance.event.rawValue, from: .attendance, id: id, db)
                }
                if case .connectionPoint(let point) = attendance.place {
                    try requireExisting(.connectionPoint, point.rawValue, from: .attendance, id: id, db)
                }
                try insert(
                    AttendanceRecord(attendance, seq: try positions.next(.attendance, db)),
                    entity: .attendance, id: id, db)
                summary.count(.attendance, isNew: true)
            }
        }
        for party in batch.parties {
            summary.count(.party, isNew: try writeParty(party, mode: .insert, db))
        }
        for request in batch.boothRequests {
            summary.count(.boothRequest, isNew: try writeRequest(request, mode: .insert, db))
        }
    }

    /// Adds or changes in place the entities of a batch, in dependency order.
    func writeUpdates(_ batch: ImportBatch, summary: inout ImportSummary, _ db: Database) throws {
        for organisation in batch.organisations {
            summary.count(
                .organisation, isNew: try writeOrganisation(organisation, mode: .upsert, members: false, db))
        }
        for organisation in batch.organisations { try writeMembers(of: organisation, db) }
        for product in batch.products {
            summary.count(.product, isNew: try writeProduct(product, mode: .upsert, db))
        }
        for person in batch.people {
            summary.count(.person, isNew: try writePerson(person, mode: .upsert, db))
        }
        for point in batch.connectionPoints {
            summary.count(.connectionPoint, isNew: try writeConnectionPoint(point, mode: .upsert, db))
        }
        for attendance in batch.attendances {
            summary.count(.attendance, isNew: try writeAttendance(attendance, mode: .upsert, db))
        }
        for party in batch.parties {
            summary.count(.party, isNew: try writeParty(party, mode: .upsert, db))
        }
        for request in batch.boothRequests {
            summary.count(.boothRequest, isNew: try writeRequest(request, mode: .upsert, db))
        }
    }

    /// Whether a batch holds nothing to write.
    private static func isEmpty(_ batch: ImportBatch) -> Bool {
        batch.organisations.isEmpty && batch.products.isEmpty && batch.people.isEmpty
            && batch.connectionPoints.isEmpty && batch.attendances.isEmpty && batch.parties.isEmpty
            && batch.boothRequests.isEmpty
    }

    /// Throws ``StoreError/missingReference(_:id:refersTo:referenceID:)`` unless the entity
    /// `reference` of kind `target` is in the plan; the statement is prepared once per transaction.
    private func requireExisting(
        _ target: StoredEntity, _ reference: String, from entity: StoredEntity, id: String, _ db: Database
    ) throws {
        let table = target.table
        let statement = try db.cachedStatement(
            sql: "SELECT EXISTS (SELECT 1 FROM \(table.name) WHERE \(table.key) = ?)")
        if try Bool.fetchOne(statement, arguments: [reference]) != true {
            throw StoreError.missingReference(entity, id: id, refersTo: target, referenceID: reference)
        }
    }
}
