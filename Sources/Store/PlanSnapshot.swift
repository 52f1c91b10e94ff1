import GRDB
public import Planning

/// One consistent view of a plan file (a read transaction), for commands that go through many
/// rows: entities are read one at a time in the order lists show them, sorted by SQLite (which
/// spills to a temporary file rather than holding a national registry in memory), and the few
/// facts a row needs from other tables are looked up by index.
///
/// A snapshot is valid only inside ``PlanStore/snapshot(_:)``'s closure.
public struct PlanSnapshot {
    /// The plan file.
    let store: PlanStore
    /// The connection, inside its read transaction.
    let db: Database
    /// Provinces decoded so far.
    let provinces = ProvinceDecodingMemo()

    /// Runs `body` over the entities a query gives, one at a time, converting database errors.
    func forEach<Record: FetchableRecord, Entity>(
        _ type: Record.Type, sql: String, arguments: StatementArguments = [],
        _ entity: (Record) throws -> Entity, _ body: (Entity) throws -> Void
    ) throws {
        let cursor = try converting { try Record.fetchCursor(db, sql: sql, arguments: arguments) }
        while let record = try converting({ try cursor.next() }) {
            try body(try entity(record))
        }
    }

    /// The venue snapshot, when one is set.
    public func venue() throws -> Venue? {
        try converting { try store.fetchVenue(db) }
    }

    /// The current booth plan, by booth code (as ``PlanStore/boothAssignments()``).
    public func boothAssignments() throws -> [BoothAssignment] {
        try converting { try store.fetchAssignments(db) }.sorted { $0.booth < $1.booth }
    }

    /// The sessions as on the programme (as ``PlanStore/sessions()``).
    public func sessions() throws -> [Session] {
        PlanStore.programmeOrder(try converting { try store.fetchSessions(db) })
    }

    /// The organisation a row holds, with its members in order (one indexed query) and its
    /// province decoded through the snapshot's memo.
    func organisation(_ record: OrganisationRecord) throws -> Organisation {
        try record.organisation(
            members: values(
                String.self, sql: "SELECT member_id FROM organisation_member WHERE union_id = ? ORDER BY seq",
                arguments: [record.id]
            ).map { Identifier($0) }, provinces: provinces)
    }

    /// `body`'s result, with database errors converted to ``StoreError``.
    func converting<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw PlanStore.convert(error, path: store.path)
        }
    }

    /// The values of the first column of a cached query, converting errors.
    func values<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ type: Value.Type, sql: String, arguments: StatementArguments
    ) throws -> [Value] {
        try converting { try Value.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) }
    }
}
