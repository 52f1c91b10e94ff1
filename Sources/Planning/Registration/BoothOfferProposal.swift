/// What to offer the waiting list when booths free up (a withdrawal, an offer declined).
///
/// The rule is the booth allocator's (Scheduler's `BoothOfferPlanner`), so that an offer and a
/// new allocation agree: the waiting parties are served in queue order (``WaitingList``); each in
/// turn is offered the best block of the booths still free that it may stand on under the
/// allocator's hard rules (its number of booths joined by shared walls, its zones, its services),
/// when one is; a party no block fits is passed over and keeps its place; the next one is tried.
/// So no party is offered booths an earlier waiting party could have used.
///
/// The proposal is only an offer: each party accepts it (`fairplan offer accept`) or declines it
/// (`fairplan offer decline`, and the booths are offered on).
public struct BoothOfferProposal: Hashable, Codable, Sendable {
    /// The offers, in queue order.
    public var offers: [BoothOffer]
    /// Freed booths no waiting party is offered, sorted.
    public var unoffered: [String]
    /// Waiting parties no block fits, in queue order; they stay on the list.
    public var passedOver: [Identifier<ExhibitingParty>]

    /// Creates a proposal from its parts.
    public init(
        offers: [BoothOffer], unoffered: [String], passedOver: [Identifier<ExhibitingParty>]
    ) {
        self.offers = offers
        self.unoffered = unoffered
        self.passedOver = passedOver
    }
}
