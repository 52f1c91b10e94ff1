import Planning
import Scheduler

/// The booth allocator's rule for offering freed booths (``BoothOfferPlanner``), as a proposer a
/// plan file calls inside its transaction, remembering why no offers could be made (a plan the
/// allocator cannot read) instead of failing the change.
struct OfferProposer {
    /// Why the last round made no offers, when the allocator refused the plan.
    private(set) var failure: SchedulerError?

    /// The offers of a round; none (and ``failure`` set) when the allocator refuses the plan.
    mutating func propose(_ round: BoothOfferRound) -> BoothOfferProposal {
        do {
            return try BoothOfferPlanner.propose(round)
        } catch {
            failure = error
            return round.nothingOffered
        }
    }
}
