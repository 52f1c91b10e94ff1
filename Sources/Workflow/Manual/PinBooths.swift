public import Planning
public import Store

/// Pins a party's current booths (booth allocation then keeps them for it) or lifts the pins.
/// Pinning checks the party's booths with the booth-plan checker and refuses a hard violation
/// unless forced; unpinning never refuses. One transaction, journaled.
public struct PinBooths: Sendable {
    /// The request as typed.
    public struct Input: Sendable {
        /// The party (identifier or name).
        public var party: String
        /// Pin (true) or lift the pins (false).
        public var pinned: Bool
        /// Whether to pin despite hard violations.
        public var force = false

        /// Pin (or unpin) `party`'s booths.
        public init(party: String, pinned: Bool) {
            self.party = party
            self.pinned = pinned
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Pins or unpins the party's booths.
    public func run(_ input: Input, context: ChangeContext) throws -> BoothPlanEdit {
        let named = try PlanResolver(plan: try store.loadPlan()).party(input.party)
        let note = context.note(input.pinned ? "pin" : "unpin", subject: named.name)
        return try BoothPlanEditor(store: store, force: input.force).edit(note) { plan in
            let party = try BoothPlanEditor.party(named.id, in: plan)
            guard plan.boothAssignments.contains(where: { $0.party == party.id }) else {
                throw WorkflowError.manual(.holdsNoBooths(party: party.name))
            }
            var change = BoothPlanEditor.Change(
                assignments: plan.boothAssignments, parties: [party.id], refusesViolations: input.pinned)
            for index in change.assignments.indices where change.assignments[index].party == party.id {
                guard change.assignments[index].pinned != input.pinned else { continue }
                change.assignments[index].pinned = input.pinned
                if input.pinned {
                    change.pinned.append(change.assignments[index].booth)
                } else {
                    change.unpinned.append(change.assignments[index].booth)
                }
            }
            return change
        }
    }
}
