public import Planning

/// What came of a party accepting the booths offered to it.
public enum OfferAcceptance: Hashable, Sendable {
    /// The booths are the party's: assigned in the booth plan, the party placed, the offer gone.
    case accepted(PendingBoothOffer)
    /// The party has no pending offer; nothing changed.
    case noOffer
    /// The party is no longer on the waiting list (its status now); nothing changed.
    case notWaiting(PendingBoothOffer, status: RegistrationStatus)
    /// These booths of the offer are no longer free (assigned meanwhile, blocked, or gone from the
    /// venue); nothing changed.
    case boothsUnavailable(PendingBoothOffer, booths: [String])
}
