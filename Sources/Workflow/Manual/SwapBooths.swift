public import Planning
public import Store

/// Exchanges two parties' booths by hand: each takes the other's, pins travelling with the party
/// (a pinned party stays pinned, on its new booths); the result must pass the booth-plan
/// checker's hard rules unless forced. One transaction, journaled: the change log then shows
/// exactly the two moves.
public struct SwapBooths: Sendable {
    /// The request as typed.
    public struct Input: Sendable {
        /// The first party (identifier or name).
        public var first: String
        /// The second party (identifier or name).
        public var second: String
        /// Whether to write despite hard violations.
        public var force = false

        /// Swap `first` and `second`.
        public init(first: String, second: String) {
            self.first = first
            self.second = second
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Swaps the parties' booths.
    public func run(_ input: Input, context: ChangeContext) throws -> BoothPlanEdit {
        let resolver = PlanResolver(plan: try store.loadPlan())
        let (firstNamed, secondNamed) = (try resolver.party(input.first), try resolver.party(input.second))
        if firstNamed.id == secondNamed.id { throw WorkflowError.manual(.sameParty(party: firstNamed.name)) }
        let note = context.note("swap", subject: "\(firstNamed.name) ⇄ \(secondNamed.name)")
        return try BoothPlanEditor(store: store, force: input.force).edit(note) { plan in
            let first = try BoothPlanEditor.party(firstNamed.id, in: plan)
            let second = try BoothPlanEditor.party(secondNamed.id, in: plan)
            var moved: [BoothAssignment] = []
            for (party, other) in [(first, second), (second, first)] {
                try BoothPlanEditor.requireBookable(party)
                let booths = BoothPlanEditor.booths(of: other.id, in: plan.boothAssignments)
                if BoothPlanEditor.booths(of: party.id, in: plan.boothAssignments).isEmpty {
                    throw WorkflowError.manual(.holdsNoBooths(party: party.name))
                }
                moved += BoothPlanEditor.assignments(booths, to: party.id, in: plan)
            }
            let parties: Set = [first.id, second.id]
            return BoothPlanEditor.Change(
                assignments: plan.boothAssignments.filter { !parties.contains($0.party) } + moved,
                parties: [first.id, second.id])
        }
    }
}
