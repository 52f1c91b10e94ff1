import GRDB
import Planning

extension PlanStore {
    /// Replaces the booth plan and brings registrations in line, inside a transaction.
    func applyBoothAssignments(
        _ assignments: [BoothAssignment], _ db: Database
    ) throws -> [Identifier<ExhibitingParty>: RegistrationStatus] {
        do {
            let parties = try PartyRecord.fetchAll(db)
            let byID = Dictionary(parties.map { ($0.id, $0) }) { first, _ in first }
            for assignment in assignments {
                if let party = byID[assignment.party.rawValue],
                    party.status == RegistrationStatus.withdrawn.rawValue
                {
                    throw StoreError.withdrawnPartyAssigned(party: party.name)
                }
            }
            try writeAssignments(assignments, db)
            let holders = Set(assignments.map(\.party.rawValue))
            var changed: [Identifier<ExhibitingParty>: RegistrationStatus] = [:]
            for party in parties {
                let status = RegistrationStatus(rawValue: party.status)
                let next: RegistrationStatus?
                switch (status, holders.contains(party.id)) {
                case (.confirmed, true), (.waitlisted, true): next = .placed
                case (.placed, false): next = .waitlisted
                default: next = nil
                }
                guard let next else { continue }
                try db.execute(
                    sql: "UPDATE party SET status = ? WHERE id = ?", arguments: [next.rawValue, party.id])
                changed[Identifier(party.id)] = next
            }
            return changed
        }
    }
}
