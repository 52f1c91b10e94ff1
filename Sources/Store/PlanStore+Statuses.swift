public import Planning

extension PlanStore {
    /// Moves several parties' registrations to `status` in **one** transaction: all move, or, when
    /// one may not (``StoreError/invalidTransition(party:from:to:)``, an unknown party), none does.
    ///
    /// Each move follows ``setRegistrationStatus(_:of:)``. Returns the booths each party lost, in
    /// the order the parties were given (a party listed twice moves once).
    @discardableResult
    public func setRegistrationStatus(
        _ status: RegistrationStatus, of parties: [Identifier<ExhibitingParty>]
    ) throws -> [(party: Identifier<ExhibitingParty>, freed: [String])] {
        try write { db in
            var seen: Set<Identifier<ExhibitingParty>> = []
            var result: [(party: Identifier<ExhibitingParty>, freed: [String])] = []
            for party in parties where seen.insert(party).inserted {
                result.append((party, try moveRegistration(party, to: status, db).freed))
            }
            return result
        }
    }
}
