public import Planning
public import Store

/// The offers of booths waiting for an answer, oldest first, each with what freed the booths and
/// whether it can still be accepted.
public struct ListOffers: Sendable {
    /// One pending offer.
    public struct Entry: Sendable {
        /// The party offered the booths.
        public var party: ExhibitingParty
        /// The offer.
        public var offer: PendingBoothOffer
        /// The party whose withdrawal or refusal freed the booths (as the plan holds it).
        public var freedBy: ExhibitingParty?
        /// The party's place on the waiting list (1 is first), when it is on it.
        public var waitingListPosition: Int?
        /// Booths of the offer no longer free (assigned meanwhile, blocked, or gone from the venue).
        public var unavailableBooths: [String]

        /// Whether the offer can still be accepted: the party waits and every booth is free.
        public var canBeAccepted: Bool {
            party.registrationStatus == .waitlisted && unavailableBooths.isEmpty
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The pending offers.
    public func run() throws -> [Entry] {
        let plan = try store.loadPlan()
        let offers = try store.pendingOffers()
        let waiting = WaitingList.ordered(plan.parties).map(\.id)
        let lettable = Set(plan.venue?.booths.filter { !$0.blocked }.map(\.code) ?? [])
        let taken = Set(plan.boothAssignments.map(\.booth))
        return offers.compactMap { offer in
            guard let party = plan.party(offer.party) else { return nil }
            return Entry(
                party: party, offer: offer, freedBy: plan.party(offer.reason.party),
                waitingListPosition: waiting.firstIndex(of: party.id).map { $0 + 1 },
                unavailableBooths: offer.booths.filter { !lettable.contains($0) || taken.contains($0) })
        }
    }
}
