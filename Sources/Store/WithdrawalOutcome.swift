public import Planning

/// What a withdrawal did: the booths it freed and whom the waiting list would offer them to.
public struct WithdrawalOutcome: Hashable, Sendable {
    /// The party that withdrew.
    public var party: Identifier<ExhibitingParty>
    /// Its status before it withdrew.
    public var previousStatus: RegistrationStatus
    /// The booths it held, now free, sorted.
    public var freedBooths: [String]
    /// The offers of those booths to the waiting list, in its order (only a proposal: nothing is
    /// assigned until the organisers save a new booth plan).
    public var proposal: BoothOfferProposal

    /// Creates an outcome.
    public init(
        party: Identifier<ExhibitingParty>, previousStatus: RegistrationStatus, freedBooths: [String],
        proposal: BoothOfferProposal
    ) {
        self.party = party
        self.previousStatus = previousStatus
        self.freedBooths = freedBooths
        self.proposal = proposal
    }
}
