/// An entity of a plan that people register, edit and remove by hand: an organisation, a product, a
/// person, an exhibiting party, a connection point or a session, by its identifier.
public enum PlanEntity: Hashable, Sendable {
    /// An organisation.
    case organisation(Identifier<Organisation>)
    /// A product.
    case product(Identifier<Product>)
    /// A person (with their attendance).
    case person(Identifier<Person>)
    /// An exhibiting party (with its booth requests and booths).
    case party(Identifier<ExhibitingParty>)
    /// A connection point.
    case connectionPoint(Identifier<ConnectionPoint>)
    /// A session of the programme.
    case session(Identifier<Session>)

    /// The kind of entity, as people name it.
    public var kind: EntityKind {
        switch self {
        case .organisation: .organisation
        case .product: .product
        case .person: .person
        case .party: .party
        case .connectionPoint: .connectionPoint
        case .session: .session
        }
    }

    /// The identifier.
    public var id: String {
        switch self {
        case .organisation(let id): id.rawValue
        case .product(let id): id.rawValue
        case .person(let id): id.rawValue
        case .party(let id): id.rawValue
        case .connectionPoint(let id): id.rawValue
        case .session(let id): id.rawValue
        }
    }

    /// The name people know the entity by in `plan` (a person's full name, a session's title),
    /// nil when it is not in the plan.
    public func name(in plan: Plan) -> String? {
        switch self {
        case .organisation(let id): plan.organisation(id)?.name
        case .product(let id): plan.products.first { $0.id == id }?.name
        case .person(let id): plan.person(id)?.name.fullName
        case .party(let id): plan.party(id)?.name
        case .connectionPoint(let id): plan.connectionPoint(id)?.name
        case .session(let id): plan.sessions.first { $0.id == id }?.title
        }
    }
}
