import GRDB
public import Planning

extension PlanStore {
    /// Saves an allocated booth plan and, when `publication` is given, publishes it as the next
    /// version, all in one transaction: either both land or neither does.
    ///
    /// Confirmed parties listed in `waitlisting` (those the allocator could not place) go on the
    /// waiting list. Returns the parties whose registration status changed and the published
    /// version's number.
    public func saveBoothPlan(
        _ assignments: [BoothAssignment], waitlisting: [Identifier<ExhibitingParty>] = [],
        publishing publication: (note: String?, at: LocalDateTime)? = nil
    ) throws -> (changed: [Identifier<ExhibitingParty>: RegistrationStatus], version: Int?) {
        try write { db in
            var changed = try applyBoothAssignments(assignments, db)
            let holders = Set(assignments.map(\.party))
            for party in waitlisting where !holders.contains(party) {
                try db.execute(
                    sql: "UPDATE party SET status = ? WHERE id = ? AND status = ?",
                    arguments: [
                        RegistrationStatus.waitlisted.rawValue, party.rawValue,
                        RegistrationStatus.confirmed.rawValue,
                    ])
                if db.changesCount > 0 { changed[party] = .waitlisted }
            }
            guard let publication else { return (changed, nil) }
            let plan = Plan(
                event: try fetchEvent(db), parties: try fetchParties(db),
                boothAssignments: try fetchAssignments(db))
            let version = try publish(
                .boothPlan, content: JSONColumn.encode(BoothPlanSnapshot(plan: plan)), publication.note,
                publication.at, db)
            return (changed, version)
        }
    }

    /// Saves a timetable (each session's room and start; every session must already be in the
    /// plan) and, when `publication` is given, publishes the programme, in one transaction.
    ///
    /// Returns the published version's number.
    public func saveTimetable(
        _ sessions: [Session], publishing publication: (note: String?, at: LocalDateTime)? = nil
    ) throws -> Int? {
        try write { db in
            for session in sessions { try writeSession(session, mode: .update, db) }
            guard let publication else { return nil }
            let plan = try fetchProgramme(db)
            return try publish(
                .programme, content: JSONColumn.encode(ProgrammeSnapshot(plan: plan)), publication.note,
                publication.at, db)
        }
    }
}
