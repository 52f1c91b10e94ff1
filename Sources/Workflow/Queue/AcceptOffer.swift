public import Planning
public import Store

/// Accepts the booths offered to a waiting party (after a withdrawal or a declined offer): in one
/// transaction they are assigned to it in the booth plan, it becomes placed, and the offer is
/// removed.
///
/// Refused with ``QueueError`` when the party has no pending offer, is no longer on the waiting
/// list, or a booth of the offer is no longer free; nothing changes then.
public struct AcceptOffer: Sendable {
    /// What the acceptance did.
    public struct Acceptance: Sendable {
        /// The party, as it was before (waitlisted).
        public var party: ExhibitingParty
        /// The offer accepted: its booths are now the party's.
        public var offer: PendingBoothOffer
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Accepts the offer made to the party named `written`.
    public func run(_ written: String, context: ChangeContext) throws -> Acceptance {
        let party = try PlanResolver(plan: try store.loadPlan()).party(written)
        let answer = try store.journaling(context.note("offer accept", subject: party.name)).acceptOffer(
            of: party.id)
        switch answer {
        case .accepted(let offer):
            return Acceptance(party: party, offer: offer)
        case .noOffer:
            throw WorkflowError.queue(.noOffer(party: party.name))
        case .notWaiting(_, let status):
            throw WorkflowError.queue(.notWaiting(party: party.name, status: status))
        case .boothsUnavailable(_, let booths):
            throw WorkflowError.queue(.boothsUnavailable(party: party.name, booths: booths))
        }
    }
}
