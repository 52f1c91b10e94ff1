public import Planning
public import Store

/// Moves a party to other booths by hand: its booths are replaced by the ones named, which must
/// be on the venue and free (or already its own) and pass the booth-plan checker's hard rules
/// unless forced. A pinned party stays pinned, on its new booths. One transaction, journaled.
public struct MoveBooths: Sendable {
    /// The request as typed.
    public struct Input: Sendable {
        /// The party (identifier or name).
        public var party: String
        /// Its new booth codes (exactly, in any case; several in one text separated by commas).
        public var booths: [String]
        /// Whether to write despite hard violations.
        public var force = false

        /// `party` to booths `booths`.
        public init(party: String, booths: [String]) {
            self.party = party
            self.booths = booths
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Moves the party.
    public func run(_ input: Input, context: ChangeContext) throws -> BoothPlanEdit {
        let written = WrittenValue.items(input.booths)
        guard !written.isEmpty else { throw WorkflowError.conflict(.nothingNamed(.booths)) }
        let loaded = try store.loadPlan()
        let named = try PlanResolver(plan: loaded).party(input.party)
        let codes = try BoothPlanEditor.codes(written, in: loaded)
        let note = context.note("move", subject: "\(named.name): \(codes.joined(separator: ", "))")
        return try BoothPlanEditor(store: store, force: input.force).edit(note) { plan in
            let party = try BoothPlanEditor.party(named.id, in: plan)
            try BoothPlanEditor.requireBookable(party)
            let booths = try BoothPlanEditor.codes(codes, in: plan)
            try BoothPlanEditor.requireFree(booths, for: party, in: plan, allowOwn: true)
            return BoothPlanEditor.Change(
                assignments: plan.boothAssignments.filter { $0.party != party.id }
                    + BoothPlanEditor.assignments(booths, to: party.id, in: plan),
                parties: [party.id])
        }
    }
}
