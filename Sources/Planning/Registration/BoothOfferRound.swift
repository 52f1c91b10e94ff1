/// What a round of offers works from, when booths free up (a withdrawal, an offer declined): the
/// plan as it now stands, the booths that freed, the offers still pending and the parties left out
/// of this round.
///
/// A proposer (the Scheduler module's `BoothOfferPlanner`, the booth allocator's rules) offers the
/// booths that are free (in no booth assignment and under no pending offer) to the waiting parties
/// without a pending offer, in queue order (see ``BoothOfferProposal``).
public struct BoothOfferRound: Hashable, Sendable {
    /// The plan after the change: the withdrawn party marked so, its booths gone from the plan. A
    /// plan file gives what the booth allocator reads of it: the fair's own tables, the booth
    /// plan, the organisations exhibiting as parties and the products requests show.
    public var plan: Plan
    /// The booths that just freed up, sorted.
    public var freedBooths: [String]
    /// The offers still pending: their booths are not free and their parties are not offered more.
    public var pending: [PendingBoothOffer]
    /// Parties not offered anything in this round (the party that just declined).
    public var excluded: Set<Identifier<ExhibitingParty>>

    /// Creates a round.
    public init(
        plan: Plan, freedBooths: [String], pending: [PendingBoothOffer] = [],
        excluded: Set<Identifier<ExhibitingParty>> = []
    ) {
        self.plan = plan
        self.freedBooths = freedBooths
        self.pending = pending
        self.excluded = excluded
    }

    /// The proposal of a round with nothing to offer: every freed booth unoffered.
    public var nothingOffered: BoothOfferProposal {
        BoothOfferProposal(offers: [], unoffered: freedBooths, passedOver: [])
    }
}
