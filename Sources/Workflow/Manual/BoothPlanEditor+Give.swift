import Planning
import Store

extension BoothPlanEditor {
    /// Gives the named booths to the party, added to its own (`replacing` false: each must be
    /// free) or instead of them (`replacing`: free or already its own), checked and journaled as
    /// `command`.
    static func give(
        _ input: HandPlacement, store: PlanStore, command: String, replacing: Bool, context: ChangeContext
    ) throws -> BoothPlanEdit {
        let written = WrittenValue.items(input.booths)
        guard !written.isEmpty else { throw WorkflowError.conflict(.nothingNamed(.booths)) }
        let loaded = try store.loadPlan()
        let named = try PlanResolver(plan: loaded).party(input.party)
        let codes = try codes(written, in: loaded)
        let note = context.note(command, subject: "\(named.name): \(codes.joined(separator: ", "))")
        return try BoothPlanEditor(store: store, force: input.force).edit(note) { plan in
            let party = try party(named.id, in: plan)
            try requireBookable(party)
            let booths = try Self.codes(codes, in: plan)
            try requireFree(booths, for: party, in: plan, allowOwn: replacing)
            let kept =
                replacing ? plan.boothAssignments.filter { $0.party != party.id } : plan.boothAssignments
            return Change(
                assignments: kept + assignments(booths, to: party.id, in: plan), parties: [party.id])
        }
    }
}
