public import Planning

/// A breach of the queue rule, or a reason for a party left out that the plan does not bear out,
/// as ``BoothQueueChecker`` finds them.
public enum BoothQueueViolation: Hashable, Codable, Sendable {
    /// A party left out could stand on `block`, whose booths are all free or held by the
    /// parties `laterHolders`, served after it.
    case laterPartyHoldsUsableBooths(
        party: Identifier<ExhibitingParty>, block: [String], laterHolders: [Identifier<ExhibitingParty>])
    /// A party of a region stands outside its region's pavilion (not wholly within pavilion zones
    /// serving the region) though it could stand on `block` there, whose booths are all free, its
    /// own, or held by the parties `laterHolders`, served after it: the pavilion is let in the
    /// queue's order.
    case laterPartyHoldsPavilionBooths(
        party: Identifier<ExhibitingParty>, block: [String], laterHolders: [Identifier<ExhibitingParty>])
    /// The reason given for a party left out is not true of the plan.
    case reasonNotTrue(party: Identifier<ExhibitingParty>, reason: UnplacedReason)
    /// A party holds no booths but is not listed among the parties left out.
    case unlistedParty(Identifier<ExhibitingParty>)
    /// A party is listed as left out but holds booths (and its reason is not about its pins).
    case listedButPlaced(Identifier<ExhibitingParty>)
    /// The waiting list is not numbered 1, 2, 3… in serving order.
    case waitingListOutOfOrder([Identifier<ExhibitingParty>])
}
