public import Planning

/// A dependency with both ends named: the entity that refers, how, and the entity it refers to.
public struct Dependent: Hashable, Sendable {
    /// The entity that refers.
    public var entity: EntityLabel
    /// How it refers.
    public var reason: Dependency.Reason
    /// The entity referred to.
    public var on: EntityLabel

    /// A named dependency.
    public init(entity: EntityLabel, reason: Dependency.Reason, on: EntityLabel) {
        self.entity = entity
        self.reason = reason
        self.on = on
    }

    /// `dependency` named as in `plan`.
    public init(_ dependency: Dependency, in plan: Plan) {
        self.init(
            entity: EntityLabel(dependency.dependent, in: plan), reason: dependency.reason,
            on: EntityLabel(dependency.on, in: plan))
    }
}
