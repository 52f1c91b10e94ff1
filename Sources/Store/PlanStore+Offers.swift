import GRDB
public import Planning

extension PlanStore {
    /// The offers of booths waiting for an answer, oldest first.
    public func pendingOffers() throws -> [PendingBoothOffer] {
        try read { db in try fetchOffers(db) }
    }

    /// Accepts the booths offered to a party, in one transaction: they are assigned to it in the
    /// booth plan (not pinned), it becomes placed, and the offer is removed.
    ///
    /// Nothing changes, and the answer says why, when the party has no pending offer, is no longer
    /// on the waiting list, or when a booth of the offer is no longer free (assigned meanwhile,
    /// blocked, or not on the venue): decline it then, or allocate again.
    public func acceptOffer(of party: Identifier<ExhibitingParty>) throws -> OfferAcceptance {
        try write { db in
            guard let offer = try fetchOffers(db).first(where: { $0.party == party }) else { return .noOffer }
            guard let record = try PartyRecord.fetchOne(db, key: party.rawValue) else {
                throw StoreError.notFound(.party, id: party.rawValue)
            }
            let status = try StoreText.value(
                RegistrationStatus.self, record.status, entity: .party, id: record.id)
            guard status == .waitlisted else { return .notWaiting(offer, status: status) }
            let venue = try fetchVenue(db)
            let lettable = Set(venue?.booths.filter { !$0.blocked }.map(\.code) ?? [])
            let taken = Set(try String.fetchAll(db, sql: "SELECT booth_code FROM booth_assignment"))
            let unavailable = offer.booths.filter { !lettable.contains($0) || taken.contains($0) }
            guard unavailable.isEmpty else { return .boothsUnavailable(offer, booths: unavailable) }
            var seq = try Int.fetchOne(db, sql: "SELECT max(seq) FROM booth_assignment") ?? 0
            for booth in offer.booths {
                seq += 1
                try save(
                    BoothAssignmentRecord(BoothAssignment(booth: booth, party: party), seq: seq), isNew: true,
                    entity: .boothAssignment, id: booth, db)
            }
            try db.execute(sql: "DELETE FROM booth_offer WHERE party_id = ?", arguments: [party.rawValue])
            _ = try moveRegistration(party, to: .placed, db)
            return .accepted(offer)
        }
    }

    /// Declines the booths offered to a party, in one transaction: the offer is removed, the party
    /// stays on the waiting list, and the booths (with any other free ones) are offered on to the
    /// waiting parties in queue order, the party that declined left out; `propose` makes the
    /// offers (the booth allocator's rule), which are stored as made `at`. Nil, with nothing
    /// changed, when the party has no pending offer.
    public func declineOffer(
        of party: Identifier<ExhibitingParty>, at time: LocalDateTime,
        proposing propose: (BoothOfferRound) -> BoothOfferProposal
    ) throws -> OfferDeclination? {
        try write { db in
            guard let offer = try fetchOffers(db).first(where: { $0.party == party }) else { return nil }
            try db.execute(sql: "DELETE FROM booth_offer WHERE party_id = ?", arguments: [party.rawValue])
            let proposal = try offerOn(
                offer.booths, excluding: [party], at: time, reason: .declined(party), propose: propose, db)
            return OfferDeclination(offer: offer, proposal: proposal)
        }
    }

    /// Offers freed booths on, inside a transaction: builds the round from the plan as it now
    /// stands (what the booth allocator reads of it, ``loadBoothPlan()``) and the offers still
    /// pending, asks `propose`, stores its offers and returns it.
    func offerOn(
        _ freed: [String], excluding excluded: Set<Identifier<ExhibitingParty>>, at time: LocalDateTime,
        reason: BoothOfferReason, propose: (BoothOfferRound) -> BoothOfferProposal, _ db: Database
    ) throws -> BoothOfferProposal {
        let round = BoothOfferRound(
            plan: try fetchBoothPlan(db), freedBooths: Array(Set(freed)).sorted(),
            pending: try fetchOffers(db),
            excluded: excluded)
        let proposal = propose(round)
        var seq = try Int.fetchOne(db, sql: "SELECT max(seq) FROM booth_offer") ?? 0
        for offer in proposal.offers {
            seq += 1
            let pending = PendingBoothOffer(
                party: offer.party, booths: offer.booths, offeredAt: time, reason: reason)
            try save(
                BoothOfferRecord(pending, seq: seq), isNew: true, entity: .party, id: offer.party.rawValue, db
            )
        }
        return proposal
    }

    /// The pending offers in the order they were made.
    func fetchOffers(_ db: Database) throws -> [PendingBoothOffer] {
        try BoothOfferRecord.order(Column("seq")).fetchAll(db).map { try $0.offer() }
    }
}
