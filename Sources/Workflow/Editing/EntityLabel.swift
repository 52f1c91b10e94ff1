public import Planning

/// An entity as results and errors name it: its kind, identifier and name.
public struct EntityLabel: Hashable, Sendable {
    /// The kind of entity.
    public var kind: EntityKind
    /// The identifier.
    public var id: String
    /// The name (a person's full name, a session's title); the identifier when unknown.
    public var name: String

    /// A label.
    public init(kind: EntityKind, id: String, name: String) {
        self.kind = kind
        self.id = id
        self.name = name
    }

    /// The label of `entity`, named as in `plan`.
    public init(_ entity: PlanEntity, in plan: Plan) {
        self.init(kind: entity.kind, id: entity.id, name: entity.name(in: plan) ?? entity.id)
    }
}
