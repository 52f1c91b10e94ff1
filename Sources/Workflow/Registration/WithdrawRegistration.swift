public import Planning
public import Scheduler
public import Store

/// Withdraws a party's registration: in one transaction it becomes withdrawn, its booths leave the
/// booth plan, and the booths now free are offered to the waiting list in queue order by the booth
/// allocator's rule (``BoothOfferPlanner``); the offers are stored, pending until each party
/// accepts (``AcceptOffer``) or declines (``DeclineOffer``).
public struct WithdrawRegistration: Sendable {
    /// What the withdrawal did.
    public struct Withdrawal: Sendable {
        /// The party, as it was before.
        public var party: ExhibitingParty
        /// What the store did: previous status, freed booths, the offers made (stored).
        public var outcome: WithdrawalOutcome
        /// The event and the fair's own tables after the withdrawal, without the registry (to name
        /// the parties of the proposal).
        public var plan: Plan
        /// Why no offers could be made, when the booth allocator could not read the plan (the
        /// withdrawal stands).
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

    /// Withdraws the party named `written`; the offers are stamped with the context's time. With
    /// `expecting` (the status and booths a confirmation showed), nothing is written when the
    /// party is no longer so (``StoreError/changedMeanwhile(party:)``, checked in the
    /// withdrawal's transaction).
    public func run(
        _ written: String, expecting: (status: RegistrationStatus, booths: [String])? = nil,
        context: ChangeContext
    ) throws -> Withdrawal {
        // Parties are named among the parties alone: the registry is not read.
        let party = try PlanResolver(plan: try store.loadFair()).party(written)
        var proposer = OfferProposer()
        let outcome = try store.journaling(context.note("withdraw", subject: party.name)).withdraw(
            party: party.id, at: context.now, expecting: expecting, proposing: { proposer.propose($0) })
        return Withdrawal(
            party: party, outcome: outcome, plan: try store.loadFair(), offerFailure: proposer.failure)
    }
}
