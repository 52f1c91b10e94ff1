public import Planning

/// Offers freed booths to the waiting list by the booth allocator's own rules, so that an offer
/// and a new allocation agree.
///
/// A round (``BoothOfferRound``) is run as an allocation would see the plan: the confirmed
/// registrations of ``BoothAllocationScope`` (``BoothEligibility/confirmedOnly``), every booth in
/// the booth plan taken, the booths under pending offers taken too. The waiting parties (waitlisted,
/// without booths, without a pending offer, not excluded from the round) are served in serving
/// order (``BoothAllocationProblem/parties``: the queue). Each in turn is offered the best block of
/// the booths still free that it may stand on under the allocator's hard rules (its number of
/// booths joined by shared walls, zones it is allowed, its services: the allocator's candidate
/// blocks), scored as the allocator scores it; a party no block fits is passed over. So no party
/// is offered booths an earlier waiting party could use, and the parties passed over are exactly
/// those the queue rule lets wait.
///
/// Every free booth may be offered, not only those just freed: a block may join a freed booth to
/// free ones beside it. ``BoothOfferProposal/unoffered`` lists the freed booths no one is offered.
public enum BoothOfferPlanner {
    /// The offers of a round.
    ///
    /// - Parameters:
    ///   - round: the plan after the change, the freed booths, the pending offers, the parties
    ///     left out of the round.
    ///   - policy: the organisers' rules (the allocator's).
    /// - Returns: the offers in serving order, the waiting parties passed over, the freed booths
    ///   not offered; nothing is offered when the plan has no venue.
    /// - Throws: what ``BoothAllocationProblem/init(scope:policy:published:)`` throws for an
    ///   inconsistent plan.
    public static func propose(
        _ round: BoothOfferRound, policy: BoothAllocationPolicy = .standard
    ) throws(SchedulerError) -> BoothOfferProposal {
        guard var venue = round.plan.venue else { return round.nothingOffered }
        // Booths under pending offers, and booths of parties asking for none, are not free.
        let requesting = Set(round.plan.boothRequests.map(\.party))
        let reserved = Set(round.pending.flatMap(\.booths)).union(
            round.plan.boothAssignments.filter { !requesting.contains($0.party) }.map(\.booth))
        for index in venue.booths.indices where reserved.contains(venue.booths[index].code) {
            venue.booths[index].blocked = true
        }
        var plan = round.plan
        plan.venue = venue
        let scope = BoothAllocationScope(plan: plan, eligibility: .confirmedOnly)
        let problem = try BoothAllocationProblem(scope: scope, policy: policy)
        var search = BoothSearch(problem: problem)
        let index = Dictionary(problem.parties.enumerated().map { ($1.id, $0) }) { first, _ in first }
        var holders: Set<Int> = []
        for assignment in scope.plan.boothAssignments {
            guard let b = search.geometry.index[assignment.booth], let p = index[assignment.party] else {
                continue
            }
            search.owner[b] = p
            holders.insert(p)
        }
        let offered = Set(round.pending.map(\.party))
        var offers: [BoothOffer] = []
        var passedOver: [Identifier<ExhibitingParty>] = []
        for (p, party) in problem.parties.enumerated() {
            guard party.registrationStatus == .waitlisted, !holders.contains(p), !search.mustPlace[p],
                !offered.contains(party.id), !round.excluded.contains(party.id)
            else { continue }
            let free = search.owner
            guard let candidate = search.blockWithin(p, usable: { free[$0] == -1 }) else {
                passedOver.append(party.id)
                continue
            }
            let block = search.lists[search.listOf[p]].blocks[candidate]
            for b in block { search.owner[b] = p }
            offers.append(
                BoothOffer(
                    party: party.id,
                    booths: block.map { search.geometry.booths[$0].code }.sorted { $0.naturallyBefore($1) }))
        }
        let unoffered = round.freedBooths.filter { code in
            guard let b = search.geometry.index[code] else { return false }
            return search.owner[b] == -1 && !search.geometry.booths[b].blocked
        }
        return BoothOfferProposal(
            offers: offers, unoffered: unoffered.sorted { $0.naturallyBefore($1) }, passedOver: passedOver)
    }
}
