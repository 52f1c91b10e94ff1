public import Planning

/// What came of a party declining the booths offered to it: the offer is gone, the party keeps
/// its place on the waiting list, and the booths are offered on.
public struct OfferDeclination: Hashable, Sendable {
    /// The offer declined.
    public var offer: PendingBoothOffer
    /// The new offers of the booths, to the waiting parties in queue order (the party that
    /// declined left out), as stored.
    public var proposal: BoothOfferProposal

    /// Creates a declination.
    public init(offer: PendingBoothOffer, proposal: BoothOfferProposal) {
        self.offer = offer
        self.proposal = proposal
    }
}
