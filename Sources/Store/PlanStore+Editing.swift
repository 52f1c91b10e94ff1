public import Planning

extension PlanStore {
    /// Replaces a connection point with the same identifier; its chair, when given, must be in
    /// the plan.
    public func updateConnectionPoint(_ point: ConnectionPoint) throws {
        try write { db in try writeConnectionPoint(point, mode: .update, db) }
    }

    /// Replaces a person and, when given, their attendance (added when they had none), in one
    /// transaction.
    public func updatePerson(_ person: Person, attendance: Attendance?) throws {
        try write { db in
            try writePerson(person, mode: .update, db)
            if let attendance { try writeAttendance(attendance, mode: .upsert, db) }
        }
    }

    /// Replaces a party's details and its booth requests (a request not yet stored is added), in
    /// one transaction; the registration status is kept, as with ``updateParty(_:)``.
    public func updateParty(_ party: ExhibitingParty, requests: [BoothRequest]) throws {
        try write { db in
            try writeParty(party, mode: .update, db)
            for request in requests {
                guard request.party == party.id else {
                    throw StoreError.missingReference(
                        .boothRequest, id: request.id.rawValue, refersTo: .party,
                        referenceID: party.id.rawValue)
                }
                try writeRequest(request, mode: .upsert, db)
            }
        }
    }
}
