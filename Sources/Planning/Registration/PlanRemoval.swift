/// What removing entities from a plan does: the entities that go, the ones kept that lose a
/// reference to them, the ones that cannot stand without them, the booths freed, and the plan
/// afterwards. Computed by ``Dependencies/removing(_:)``; nothing is written.
public struct PlanRemoval: Hashable, Sendable {
    /// The entities removed, in the order given.
    public var removed: [PlanEntity]
    /// Entities kept whose reference to a removed one is dropped (a union's member, an organisation
    /// sharing a booth request, a product shown, a point's chair, a session's participant, linked
    /// point or order, an attendance at a point, which becomes on site).
    public var detached: [Dependency]
    /// Entities not removed that cannot stand without a removed one (a product of a removed owner,
    /// a party of a removed organisation, a person representing it): the removal must not be
    /// written while any is left.
    public var blocking: [Dependency]
    /// The booths the removed parties held in the current booth plan, sorted.
    public var freedBooths: [String]
    /// The plan without the removed entities, every dropped reference gone.
    public var plan: Plan

    /// A removal.
    public init(
        removed: [PlanEntity], detached: [Dependency], blocking: [Dependency], freedBooths: [String],
        plan: Plan
    ) {
        self.removed = removed
        self.detached = detached
        self.blocking = blocking
        self.freedBooths = freedBooths
        self.plan = plan
    }
}
