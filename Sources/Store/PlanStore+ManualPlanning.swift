import GRDB
public import Planning

extension PlanStore {
    /// Changes the booth plan by hand (assign, move, swap, pin, a hand-made plan) in **one**
    /// transaction, decided from the plan as it stands inside that transaction, so no other
    /// process can change it between the decision and the write.
    ///
    /// `decide` gets the whole plan and the assignments of the latest published booth plan (empty
    /// when none was published), and returns the revision to write, or nil to write nothing (the
    /// transaction is rolled back). The revision replaces the booth plan and brings registrations
    /// in line as ``saveBoothPlan(_:waitlisting:publishing:)`` does: a confirmed or waitlisted
    /// party given booths becomes placed, a placed party left without booths goes back to the
    /// waiting list, the confirmed parties in `waitlisting` are waitlisted; with a publication the
    /// result is published as the next version in the same transaction.
    ///
    /// Errors `decide` throws come out as thrown, with nothing written; the store's own are
    /// ``StoreError``.
    ///
    /// - Returns: the parties whose registration status changed and the published version's
    ///   number (empty and nil when nothing was written).
    @discardableResult
    public func editBoothPlan(
        _ decide: (_ plan: Plan, _ published: [BoothAssignment]) throws -> BoothPlanRevision?
    ) throws -> (changed: [Identifier<ExhibitingParty>: RegistrationStatus], version: Int?) {
        let result = try writeDecided { db -> ([Identifier<ExhibitingParty>: RegistrationStatus], Int?)? in
            let plan = try fetchPlan(db)
            let latest = try Int.fetchOne(
                db, sql: "SELECT max(number) FROM published_version WHERE kind = ?",
                arguments: [PublicationKind.boothPlan.rawValue])
            let published = try latest.map { try snapshot(BoothPlanSnapshot.self, .boothPlan, $0, db) }
            guard let revision = try decide(plan, published?.assignments ?? []) else { return nil }
            var changed = try applyBoothAssignments(revision.assignments, db)
            let holders = Set(revision.assignments.map(\.party))
            for party in revision.waitlisting where !holders.contains(party) {
                try db.execute(
                    sql: "UPDATE party SET status = ? WHERE id = ? AND status = ?",
                    arguments: [
                        RegistrationStatus.waitlisted.rawValue, party.rawValue,
                        RegistrationStatus.confirmed.rawValue,
                    ])
                if db.changesCount > 0 { changed[party] = .waitlisted }
            }
            guard let publication = revision.publication else { return (changed, nil) }
            let saved = Plan(
                event: try fetchEvent(db), parties: try fetchParties(db),
                boothAssignments: try fetchAssignments(db))
            let version = try publish(
                .boothPlan, content: JSONColumn.encode(BoothPlanSnapshot(plan: saved)), publication.note,
                publication.at, db)
            return (changed, version)
        }
        return (result?.0 ?? [:], result?.1)
    }

    /// Places, pins or unpins sessions by hand (or saves a hand-made programme) in **one**
    /// transaction, decided from the plan as it stands inside that transaction.
    ///
    /// `decide` gets the whole plan and returns the sessions to write (each whole: room, start,
    /// pin; every one must already be in the plan) and whether to publish, or nil to write
    /// nothing. Errors `decide` throws come out as thrown, with nothing written; the store's own
    /// are ``StoreError``.
    ///
    /// - Returns: the published version's number, when published.
    @discardableResult
    public func editProgramme(_ decide: (_ plan: Plan) throws -> ProgrammeRevision?) throws -> Int? {
        let result = try writeDecided { db -> Int?? in
            guard let revision = try decide(try fetchPlan(db)) else { return nil }
            for session in revision.sessions { try writeSession(session, mode: .update, db) }
            guard let publication = revision.publication else { return .some(nil) }
            let saved = try fetchProgramme(db)
            return .some(
                try publish(
                    .programme, content: JSONColumn.encode(ProgrammeSnapshot(plan: saved)), publication.note,
                    publication.at, db))
        }
        return result ?? nil
    }

    /// Runs `body` in one write transaction, rolled back when it returns nil; errors `body` throws
    /// come out as thrown (SQLite's as ``StoreError``), not wrapped.
    func writeDecided<Value>(_ body: (Database) throws -> Value?) throws -> Value? {
        var thrown: (any Error)?
        var declined = false
        do {
            return try write { db -> Value? in
                let value: Value?
                do {
                    value = try body(db)
                } catch {
                    thrown = error
                    throw error
                }
                guard let value else {
                    declined = true
                    throw StoreError.database(path: path, reason: "rolled back")
                }
                return value
            }
        } catch {
            if declined { return nil }
            if let thrown, !(thrown is DatabaseError) { throw thrown }
            throw error
        }
    }
}
