public import Planning

/// What removing an entity did (or, previewed, would do): what went, by kind and with names, what
/// was kept but lost a reference, and the booths freed.
public struct Removal: Hashable, Sendable {
    /// The entity named for removal.
    public var target: EntityLabel
    /// Everything removed: the target first, then what went with it in a cascade.
    public var removed: [EntityLabel]
    /// Entities kept whose reference to a removed one was dropped.
    public var detached: [Dependent]
    /// The booths the removed parties held, now free.
    public var freedBooths: [String]

    /// A removal.
    public init(target: EntityLabel, removed: [EntityLabel], detached: [Dependent], freedBooths: [String]) {
        self.target = target
        self.removed = removed
        self.detached = detached
        self.freedBooths = freedBooths
    }

    /// `removal` of `target` named as in `plan` (the plan before it).
    public init(_ removal: PlanRemoval, of target: PlanEntity, in plan: Plan) {
        self.init(
            target: EntityLabel(target, in: plan), removed: removal.removed.map { EntityLabel($0, in: plan) },
            detached: removal.detached.map { Dependent($0, in: plan) }, freedBooths: removal.freedBooths)
    }

    /// What went with the target, of `kind`, in the order removed.
    public func alsoRemoved(_ kind: EntityKind) -> [EntityLabel] {
        removed.dropFirst().filter { $0.kind == kind }
    }

    /// The kinds of what went with the target, in ``EntityKind`` order.
    public var alsoRemovedKinds: [EntityKind] {
        EntityKind.allCases.filter { !alsoRemoved($0).isEmpty }
    }
}
