import GRDB
public import Planning

extension PlanStore {
    /// Removes entities from the plan in one transaction, and drops every reference the entities
    /// kept make to them (``Dependencies/removing(_:)``: a union loses a member, a booth request an
    /// organisation sharing it or a product shown, a connection point its chair, a session a
    /// participant, a linked point or an `after` rule, and a person attending at a removed point
    /// attends on site). A removed person's attendance, and a removed party's booth requests,
    /// booths and offers, go with them.
    ///
    /// What is computed on the plan as it is inside the transaction is returned. Refused, changing
    /// nothing, with ``StoreError/notFound(_:id:)`` for an entity not in the plan and with
    /// ``StoreError/missingReference(_:id:refersTo:referenceID:)`` while an entity that cannot
    /// stand without a removed one is not removed too (a product of a removed organisation): a
    /// removal never leaves the plan with a dangling reference, and never lets SQLite's own
    /// cascades change rows silently.
    @discardableResult
    public func remove(_ entities: [PlanEntity]) throws -> PlanRemoval {
        try write { db in
            let plan = try fetchPlan(db)
            let removal = Dependencies(plan: plan).removing(entities)
            for entity in removal.removed where entity.name(in: plan) == nil {
                throw StoreError.notFound(Self.storedKind(entity.kind), id: entity.id)
            }
            if let blocked = removal.blocking.first {
                throw StoreError.missingReference(
                    Self.storedKind(blocked.dependent.kind), id: blocked.dependent.id,
                    refersTo: Self.storedKind(blocked.on.kind), referenceID: blocked.on.id)
            }
            try detach(removal, db)
            try delete(removal.removed, db)
            return removal
        }
    }

    /// Writes the entities that lose a reference, as they are in the plan after the removal.
    func detach(_ removal: PlanRemoval, _ db: Database) throws {
        var done: Set<PlanEntity> = []
        let after = removal.plan
        for dependency in removal.detached where done.insert(dependency.dependent).inserted {
            switch dependency.dependent {
            case .organisation(let id):
                if let union = after.organisation(id) { try writeOrganisation(union, mode: .update, db) }
            case .party(let id):
                for request in after.boothRequests where request.party == id {
                    try writeRequest(request, mode: .update, db)
                }
            case .connectionPoint(let id):
                if let point = after.connectionPoint(id) {
                    try writeConnectionPoint(point, mode: .update, db)
                }
            case .session(let id):
                if let session = after.sessions.first(where: { $0.id == id }) {
                    try writeSession(session, mode: .update, db)
                }
            case .person(let id):
                for attendance in after.attendances where attendance.person == id {
                    try writeAttendance(attendance, mode: .update, db)
                }
            case .product:
                break
            }
        }
    }

    /// Deletes the rows of the removed entities and of what belongs to them, children first.
    func delete(_ removed: [PlanEntity], _ db: Database) throws {
        func ids(_ kind: EntityKind) -> [String] { removed.filter { $0.kind == kind }.map(\.id) }
        for id in ids(.session) {
            try db.execute(sql: "DELETE FROM session_participant WHERE session_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM session_point WHERE session_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id])
        }
        for id in ids(.party) {
            try db.execute(sql: "DELETE FROM booth_offer WHERE party_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM booth_assignment WHERE party_id = ?", arguments: [id])
            let requests = "SELECT id FROM booth_request WHERE party_id = ?"
            try db.execute(
                sql: "DELETE FROM request_product WHERE request_id IN (\(requests))", arguments: [id])
            try db.execute(
                sql: "DELETE FROM request_organisation WHERE request_id IN (\(requests))", arguments: [id])
            try db.execute(sql: "DELETE FROM booth_request WHERE party_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM party WHERE id = ?", arguments: [id])
        }
        for id in ids(.person) {
            try db.execute(sql: "DELETE FROM attendance WHERE person_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [id])
        }
        for id in ids(.connectionPoint) {
            try db.execute(sql: "DELETE FROM connection_point WHERE id = ?", arguments: [id])
        }
        for id in ids(.product) {
            try db.execute(sql: "DELETE FROM product WHERE id = ?", arguments: [id])
        }
        for id in ids(.organisation) {
            try db.execute(
                sql: "DELETE FROM organisation_member WHERE union_id = ? OR member_id = ?",
                arguments: [id, id])
            try db.execute(sql: "DELETE FROM organisation WHERE id = ?", arguments: [id])
        }
    }

    /// The stored kind of an entity kind people name.
    static func storedKind(_ kind: EntityKind) -> StoredEntity {
        switch kind {
        case .product: .product
        case .person: .person
        case .party: .party
        case .connectionPoint: .connectionPoint
        case .session: .session
        default: .organisation
        }
    }
}
