public import Planning
public import Store

/// Confirms pending registrations of exhibiting parties (pending → confirmed), named by identifier
/// or name, all in one transaction or none.
public struct ConfirmRegistrations: Sendable {
    /// One party's confirmation.
    public struct Confirmation: Sendable {
        /// The party, as it was before.
        public var party: ExhibitingParty
        /// Whether it was confirmed already (nothing changed for it).
        public var wasConfirmed: Bool { party.registrationStatus == .confirmed }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Confirms the parties named in `written` (each once, in the order named).
    public func run(_ written: [String], context: ChangeContext) throws -> [Confirmation] {
        guard !written.isEmpty else { throw WorkflowError.conflict(.nothingNamed(.party)) }
        // Parties are named among the parties alone: the registry is not read.
        let resolver = PlanResolver(plan: try store.loadFair())
        var parties: [ExhibitingParty] = []
        for name in written {
            let party = try resolver.party(name)
            if !parties.contains(where: { $0.id == party.id }) { parties.append(party) }
        }
        _ = try store.journaling(
            context.note("confirm", subject: parties.map(\.name).joined(separator: "; "))
        )
        .setRegistrationStatus(.confirmed, of: parties.map(\.id))
        return parties.map(Confirmation.init)
    }
}
