public import Planning
public import Scheduler
public import Store

/// Declines the booths offered to a waiting party: in one transaction the offer is removed, the
/// party keeps its place on the waiting list, and the booths are offered on to the next waiting
/// parties in queue order by the booth allocator's rule (``BoothOfferPlanner``), the party that
/// declined left out of this round; the new offers are stored, pending.
///
/// Refused with ``QueueError/noOffer(party:)`` when the party has no pending offer.
public struct DeclineOffer: Sendable {
    /// What the refusal did.
    public struct Declination: Sendable {
        /// The party that declined, as it is (still waiting).
        public var party: ExhibitingParty
        /// The offer declined.
        public var offer: PendingBoothOffer
        /// The new offers of the booths (stored), the parties passed over, the booths no one takes.
        public var proposal: BoothOfferProposal
        /// The plan after the refusal (to name the parties of the proposal).
        public var plan: Plan
        /// Why no new offers could be made, when the booth allocator could not read the plan (the
        /// refusal stands).
        public var offerFailure: SchedulerError?

        /// The name and identifier of a party of the plan.
        public func label(_ id: Identifier<ExhibitingParty>) -> String {
            plan.party(id).map { "\($0.name) (\(id.rawValue))" } ?? id.rawValue
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Declines the offer made to the party named `written`; new offers are stamped with the
    /// context's time.
    public func run(_ written: String, context: ChangeContext) throws -> Declination {
        let party = try PlanResolver(plan: try store.loadPlan()).party(written)
        var proposer = OfferProposer()
        let answer = try store.journaling(context.note("offer decline", subject: party.name)).declineOffer(
            of: party.id, at: context.now, proposing: { proposer.propose($0) })
        guard let answer else { throw WorkflowError.queue(.noOffer(party: party.name)) }
        return Declination(
            party: party, offer: answer.offer, proposal: answer.proposal, plan: try store.loadPlan(),
            offerFailure: proposer.failure)
    }
}
