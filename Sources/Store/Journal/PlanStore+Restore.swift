import GRDB
import Planning

extension PlanStore {
    /// Returns the working booth plan to published version `number`, in one transaction: the
    /// version's booth assignments (with their states and pins) replace the current ones, and
    /// registrations follow as when a booth plan is saved: a confirmed or waitlisted party holding
    /// booths again is placed, a placed party without booths goes back to the waiting list.
    ///
    /// Booths of parties that have withdrawn or left the plan since, and booths no longer on the
    /// venue, are not put back (``RestoredVersion/leftOut``). Nothing is published. Refused with
    /// ``StoreError/unknownVersion(_:number:)`` for a version that was never published.
    public func restoreBoothPlan(version number: Int) throws -> RestoredVersion {
        try write { db in
            let snapshot = try snapshot(BoothPlanSnapshot.self, .boothPlan, number, db)
            let parties = Dictionary(try PartyRecord.fetchAll(db).map { ($0.id, $0) }) { first, _ in first }
            let venueBooths = Set(try String.fetchAll(db, sql: "SELECT code FROM venue_booth"))
            var order: [Identifier<ExhibitingParty>] = []
            var byParty: [Identifier<ExhibitingParty>: [BoothAssignment]] = [:]
            for assignment in snapshot.assignments {
                if byParty[assignment.party] == nil { order.append(assignment.party) }
                byParty[assignment.party, default: []].append(assignment)
            }
            var kept: [BoothAssignment] = []
            var leftOut: [RestoreOmission] = []
            for party in order {
                let assignments = byParty[party] ?? []
                let name = snapshot.name(of: party)
                guard let record = parties[party.rawValue] else {
                    leftOut.append(.partyRemoved(party: name, booths: assignments.map(\.booth)))
                    continue
                }
                if record.status == RegistrationStatus.withdrawn.rawValue {
                    leftOut.append(.partyWithdrawn(party: name, booths: assignments.map(\.booth)))
                    continue
                }
                let missing = assignments.map(\.booth).filter { !venueBooths.contains($0) }
                if !missing.isEmpty { leftOut.append(.boothsNotOnVenue(party: name, booths: missing)) }
                kept += assignments.filter { venueBooths.contains($0.booth) }
            }
            let before = try fetchAssignments(db)
            let changes = try applyBoothAssignments(kept, db)
            return RestoredVersion(
                kind: .boothPlan, number: number, restored: kept.count, statusChanges: changes,
                leftOut: leftOut, changed: before != kept || !changes.isEmpty)
        }
    }

    /// Returns the working programme to published version `number`, in one transaction: every
    /// session of the version still in the plan gets the room, start and pin it had there, and
    /// every other session is taken off the programme (no room, no start, no pin), as the booth
    /// plan's restore puts its pins back. Everything else about the sessions stays as it is.
    ///
    /// Sessions of the version no longer in the plan are listed in ``RestoredVersion/leftOut``.
    /// Nothing is published. Refused with ``StoreError/unknownVersion(_:number:)`` for a version
    /// that was never published.
    public func restoreProgramme(version number: Int) throws -> RestoredVersion {
        try write { db in
            let snapshot = try snapshot(ProgrammeSnapshot.self, .programme, number, db)
            let published = Dictionary(snapshot.sessions.map { ($0.id.rawValue, $0) }) { first, _ in first }
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, title, room, start, pinned FROM session ORDER BY seq")
            var present: Set<String> = []
            var restored = 0
            var unscheduled: [String] = []
            var changed = false
            for row in rows {
                let id: String = row["id"]
                present.insert(id)
                let room: String? = row["room"]
                let start: String? = row["start"]
                let target = published[id]
                let newRoom = target?.room
                let newStart = target?.start.map(StoreText.text)
                if target != nil {
                    restored += 1
                } else if room != nil || start != nil {
                    unscheduled.append(row["title"])
                }
                // Pins come back as published: a pin set since would hold the session at the
                // version's time, where nobody pinned it; a session the version lacks has no place
                // to be pinned to.
                let pinned: Bool = row["pinned"]
                let newPinned = target?.pinned ?? false
                guard room != newRoom || start != newStart || pinned != newPinned else { continue }
                try db.execute(
                    sql: "UPDATE session SET room = ?, start = ?, pinned = ? WHERE id = ?",
                    arguments: [newRoom, newStart, newPinned, id])
                changed = true
            }
            let leftOut = snapshot.sessions.filter { !present.contains($0.id.rawValue) }.map {
                RestoreOmission.sessionRemoved(title: $0.title)
            }
            return RestoredVersion(
                kind: .programme, number: number, restored: restored, unscheduled: unscheduled,
                leftOut: leftOut, changed: changed)
        }
    }
}
