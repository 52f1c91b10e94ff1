public import Planning
public import Store

/// Removes an organisation, product, person, party, connection point or session from the plan:
/// a stray test registration, a party registered twice by mistake.
///
/// Refused while other entities depend on it (``Dependencies``), listing them. With `cascade`,
/// the dependents that cannot stand without it go too (an organisation's products, its party, the
/// people representing it, and theirs in turn) and the others only lose the reference (a party
/// sharing booths with it, a session it takes part in); the result says exactly what went, by
/// kind and with names. One journaled transaction.
public struct RemoveEntity: Sendable {
    /// What to remove, as typed.
    public struct Input: Sendable {
        /// The kind of entity.
        public var kind: EntityKind
        /// The entity: identifier or name (an organisation also by registration code).
        public var subject: String
        /// Whether to remove the dependents too.
        public var cascade = false

        /// Removing the entity of `kind` named `subject`.
        public init(kind: EntityKind, subject: String) {
            self.kind = kind
            self.subject = subject
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// What removing would do on the plan as stored, writing nothing; refused as ``run(_:context:)``
    /// would be (for a confirmation question).
    public func preview(_ input: Input) throws -> Removal {
        let plan = try store.loadPlan()
        let (target, entities) = try Self.plan(input, plan)
        return Removal(Dependencies(plan: plan).removing(entities), of: target, in: plan)
    }

    /// Removes the entity (and, with `cascade`, its dependents) in one transaction.
    public func run(_ input: Input, context: ChangeContext) throws -> Removal {
        let plan = try store.loadPlan()
        let (target, entities) = try Self.plan(input, plan)
        let name = target.name(in: plan) ?? target.id
        let removal = try store.journaling(context.note("remove \(Self.command(input.kind))", subject: name))
            .remove(
                entities)
        return Removal(removal, of: target, in: plan)
    }

    /// The entity named and everything to remove with it; refused when others depend on it and
    /// `cascade` is not asked.
    static func plan(_ input: Input, _ plan: Plan) throws -> (target: PlanEntity, entities: [PlanEntity]) {
        let target = try entity(input.kind, input.subject, in: plan)
        let dependencies = Dependencies(plan: plan)
        if input.cascade { return (target, dependencies.cascade(from: target)) }
        let dependents = dependencies.dependents(of: target)
        if !dependents.isEmpty {
            throw WorkflowError.editing(
                .dependentsExist(
                    EntityLabel(target, in: plan), dependents: dependents.map { Dependent($0, in: plan) }))
        }
        return (target, [target])
    }

    /// The entity of `kind` named by `written`, through the plan's resolver.
    static func entity(_ kind: EntityKind, _ written: String, in plan: Plan) throws -> PlanEntity {
        let resolver = PlanResolver(plan: plan)
        switch kind {
        case .organisation: return .organisation(try resolver.organisation(written).id)
        case .product: return .product(try resolver.product(written).id)
        case .person: return .person(try resolver.person(written).id)
        case .party: return .party(try resolver.party(written).id)
        case .connectionPoint: return .connectionPoint(try resolver.connectionPoint(written).id)
        case .session: return .session(try resolver.session(written).id)
        case .room, .cluster, .productSet: throw WorkflowError.editing(.notRemovable(kind))
        }
    }

    /// The command's word for a kind, as the journal records it (`remove point`).
    static func command(_ kind: EntityKind) -> String {
        kind == .connectionPoint ? "point" : kind.rawValue
    }
}
