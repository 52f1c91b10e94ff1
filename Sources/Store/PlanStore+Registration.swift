import GRDB
public import Planning

extension PlanStore {
    /// Moves a party's registration to `status`, in one transaction.
    ///
    /// The move must be allowed by ``RegistrationStatus/allowedNext`` (else
    /// ``StoreError/invalidTransition(party:from:to:)``, naming what is allowed). The booth plan
    /// follows the status: a party moved back to the waiting list or withdrawn loses its booths
    /// (returned, sorted); a party can be marked placed only when it holds booths
    /// (``StoreError/placedWithoutBooths(party:)``). Setting the status it already has changes
    /// nothing.
    @discardableResult
    public func setRegistrationStatus(
        _ status: RegistrationStatus, of party: Identifier<ExhibitingParty>
    ) throws -> [String] {
        try write { db in try moveRegistration(party, to: status, db).freed }
    }

    /// The waitlisted parties in serving order: priority, then registration time, then
    /// registration order (``WaitingList``).
    public func waitingList() throws -> [ExhibitingParty] {
        WaitingList.ordered(try read { db in try fetchParties(db) })
    }

    /// Withdraws a party's registration, frees its booths and offers them to the waiting list.
    ///
    /// In one transaction: the status becomes withdrawn (refused for a party already withdrawn),
    /// its booth assignments are removed (and an offer made to it, if any), then `propose` (the
    /// booth allocator's rule, in queue order) offers the booths now free to the waiting parties
    /// without an offer, and its offers are stored as pending offers made `at` the given time,
    /// for the withdrawal of `party`. The offers are not assigned: each party accepts
    /// (``acceptOffer(of:)``) or declines (``declineOffer(of:at:proposing:)``).
    ///
    /// With `expecting` (the status and booths a confirmation showed), the withdrawal is refused
    /// inside the same transaction when the party is no longer so
    /// (``StoreError/changedMeanwhile(party:)``), so booths no one confirmed are never freed, even
    /// by another process writing between the confirmation and the withdrawal.
    public func withdraw(
        party: Identifier<ExhibitingParty>, at time: LocalDateTime,
        expecting: (status: RegistrationStatus, booths: [String])? = nil,
        proposing propose: (BoothOfferRound) -> BoothOfferProposal
    ) throws -> WithdrawalOutcome {
        try write { db in
            if let expecting, let record = try PartyRecord.fetchOne(db, key: party.rawValue) {
                let booths = try String.fetchAll(
                    db, sql: "SELECT booth_code FROM booth_assignment WHERE party_id = ? ORDER BY booth_code",
                    arguments: [party.rawValue])
                guard record.status == expecting.status.rawValue, booths == expecting.booths.sorted() else {
                    throw StoreError.changedMeanwhile(party: record.name)
                }
            }
            let offered = try fetchOffers(db).first { $0.party == party }?.booths ?? []
            let (previous, freed) = try moveRegistration(party, to: .withdrawn, db)
            let proposal = try offerOn(
                freed + offered, excluding: [], at: time, reason: .withdrawal(party), propose: propose, db)
            return WithdrawalOutcome(
                party: party, previousStatus: previous, freedBooths: freed, proposal: proposal)
        }
    }

    /// Withdraws a party's registration and frees its booths, offering them to no one (every
    /// freed booth is left unoffered). Kept for callers that make no offers; a command withdraws
    /// with ``withdraw(party:at:proposing:)``, which offers the booths by the allocator's rule.
    public func withdraw(party: Identifier<ExhibitingParty>) throws -> WithdrawalOutcome {
        try write { db in
            let (previous, freed) = try moveRegistration(party, to: .withdrawn, db)
            return WithdrawalOutcome(
                party: party, previousStatus: previous, freedBooths: freed,
                proposal: BoothOfferProposal(offers: [], unoffered: freed, passedOver: []))
        }
    }

    /// Changes a party's status inside a transaction; returns the old status and freed booths.
    func moveRegistration(
        _ party: Identifier<ExhibitingParty>, to status: RegistrationStatus, _ db: Database
    ) throws -> (previous: RegistrationStatus, freed: [String]) {
        guard let record = try PartyRecord.fetchOne(db, key: party.rawValue) else {
            throw StoreError.notFound(.party, id: party.rawValue)
        }
        let previous = try StoreText.value(
            RegistrationStatus.self, record.status, entity: .party, id: party.rawValue)
        if previous == status && status != .withdrawn { return (previous, []) }
        guard previous.canMove(to: status) else {
            throw StoreError.invalidTransition(party: record.name, from: previous, to: status)
        }
        let booths = try String.fetchAll(
            db, sql: "SELECT booth_code FROM booth_assignment WHERE party_id = ? ORDER BY booth_code",
            arguments: [party.rawValue])
        var freed: [String] = []
        switch status {
        case .withdrawn, .waitlisted:
            try db.execute(
                sql: "DELETE FROM booth_assignment WHERE party_id = ?", arguments: [party.rawValue])
            freed = booths
        case .placed:
            if booths.isEmpty { throw StoreError.placedWithoutBooths(party: record.name) }
        case .pending, .confirmed:
            break
        }
        if status == .withdrawn || status == .placed {
            // An offer waits for a party on the waiting list only.
            try db.execute(sql: "DELETE FROM booth_offer WHERE party_id = ?", arguments: [party.rawValue])
        }
        try db.execute(
            sql: "UPDATE party SET status = ? WHERE id = ?", arguments: [status.rawValue, party.rawValue])
        return (previous, freed)
    }
}
