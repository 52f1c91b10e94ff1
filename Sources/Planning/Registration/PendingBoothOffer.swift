/// An offer of booths made to a waiting party and not yet accepted or declined, as a plan file
/// keeps it.
public struct PendingBoothOffer: Hashable, Codable, Sendable {
    /// The party offered the booths.
    public var party: Identifier<ExhibitingParty>
    /// The booth codes offered: one connected block.
    public var booths: [String]
    /// When the offer was made.
    public var offeredAt: LocalDateTime
    /// What freed the booths.
    public var reason: BoothOfferReason

    /// Creates a pending offer.
    public init(
        party: Identifier<ExhibitingParty>, booths: [String], offeredAt: LocalDateTime,
        reason: BoothOfferReason
    ) {
        self.party = party
        self.booths = booths
        self.offeredAt = offeredAt
        self.reason = reason
    }

    /// The offer itself: the party and its booths.
    public var offer: BoothOffer { BoothOffer(party: party, booths: booths) }
}
