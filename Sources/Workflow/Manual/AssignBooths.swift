public import Planning
public import Store

/// Gives booths to a party by hand: each booth must be on the venue and free; with the party's
/// other booths they must pass the booth-plan checker's hard rules (lettable, one block joined by
/// shared walls, the booths wanted, the services needed) unless forced. The party becomes placed.
/// One transaction, journaled.
public struct AssignBooths: Sendable {
    /// The request as typed.
    public struct Input: Sendable {
        /// The party (identifier or name).
        public var party: String
        /// The booth codes (exactly, in any case; several in one text separated by commas).
        public var booths: [String]
        /// Whether to write despite hard violations.
        public var force = false

        /// Booths `booths` for `party`.
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

    /// Assigns the booths.
    public func run(_ input: Input, context: ChangeContext) throws -> BoothPlanEdit {
        let written = WrittenValue.items(input.booths)
        guard !written.isEmpty else { throw WorkflowError.conflict(.nothingNamed(.booths)) }
        let loaded = try store.loadPlan()
        let named = try PlanResolver(plan: loaded).party(input.party)
        let codes = try BoothPlanEditor.codes(written, in: loaded)
        let note = context.note("assign booths", subject: "\(named.name): \(codes.joined(separator: ", "))")
        return try BoothPlanEditor(store: store, force: input.force).edit(note) { plan in
            let party = try BoothPlanEditor.party(named.id, in: plan)
            try BoothPlanEditor.requireBookable(party)
            let booths = try BoothPlanEditor.codes(codes, in: plan)
            try BoothPlanEditor.requireFree(booths, for: party, in: plan, allowOwn: false)
            return BoothPlanEditor.Change(
                assignments: plan.boothAssignments
                    + BoothPlanEditor.assignments(booths, to: party.id, in: plan),
                parties: [party.id])
        }
    }
}
