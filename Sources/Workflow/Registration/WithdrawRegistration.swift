public import Planning
public import Store

/// Withdraws a party's registration: in one transaction it becomes withdrawn, its booths leave the
/// booth plan, and the freed booths are proposed to the waiting list in its order (a proposal,
/// not applied).
public struct WithdrawRegistration: Sendable {
    /// What the withdrawal did.
    public struct Withdrawal: Sendable {
        /// The party, as it was before.
        public var party: ExhibitingParty
        /// What the store did: previous status, freed booths, the proposal.
        public var outcome: WithdrawalOutcome
        /// The plan after the withdrawal (to name the parties of the proposal).
        public var plan: Plan

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

    /// Withdraws the party named `written`.
    public func run(_ written: String, context: ChangeContext) throws -> Withdrawal {
        let party = try PlanResolver(plan: try store.loadPlan()).party(written)
        let outcome = try store.journaling(context.note("withdraw", subject: party.name)).withdraw(
            party: party.id)
        return Withdrawal(party: party, outcome: outcome, plan: try store.loadPlan())
    }
}
