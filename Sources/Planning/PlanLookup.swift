/// A plan's entities by identifier, built once in linear time, for code that looks many of them
/// up (lists, papers, summaries): ``Plan/organisation(_:)`` and its siblings scan the plan's
/// arrays, which is quadratic when done once per row of a national registry.
///
/// When identifiers repeat, the first entity with an identifier is found, as the plan's own
/// look-ups find it.
public struct PlanLookup: Sendable {
    /// Organisations by identifier.
    public let organisations: [Identifier<Organisation>: Organisation]
    /// Products by identifier.
    public let products: [Identifier<Product>: Product]
    /// People by identifier.
    public let people: [Identifier<Person>: Person]
    /// Parties by identifier.
    public let parties: [Identifier<ExhibitingParty>: ExhibitingParty]
    /// Connection points by identifier.
    public let connectionPoints: [Identifier<ConnectionPoint>: ConnectionPoint]

    /// Indexes the entities of `plan`.
    public init(_ plan: Plan) {
        organisations = Self.index(plan.organisations, by: \.id)
        products = Self.index(plan.products, by: \.id)
        people = Self.index(plan.people, by: \.id)
        parties = Self.index(plan.parties, by: \.id)
        connectionPoints = Self.index(plan.connectionPoints, by: \.id)
    }

    /// The organisation with the given identifier.
    public func organisation(_ id: Identifier<Organisation>) -> Organisation? { organisations[id] }

    /// The person with the given identifier.
    public func person(_ id: Identifier<Person>) -> Person? { people[id] }

    /// The party with the given identifier.
    public func party(_ id: Identifier<ExhibitingParty>) -> ExhibitingParty? { parties[id] }

    /// The connection point with the given identifier.
    public func connectionPoint(_ id: Identifier<ConnectionPoint>) -> ConnectionPoint? {
        connectionPoints[id]
    }

    /// The province a party represents: the alliance's, or its organisation's (as
    /// ``Plan/province(of:)``).
    public func province(of party: ExhibitingParty) -> ProvinceReference? {
        switch party.kind {
        case .provincialAlliance(let province): province
        case .organisation(let id): organisations[id]?.province
        }
    }

    /// The elements by key, the first of each key kept.
    private static func index<Key: Hashable, Element>(_ elements: [Element], by key: KeyPath<Element, Key>)
        -> [Key: Element]
    {
        var index: [Key: Element] = [:]
        index.reserveCapacity(elements.count)
        for element in elements where index[element[keyPath: key]] == nil {
            index[element[keyPath: key]] = element
        }
        return index
    }
}

extension Plan {
    /// The plan's entities by identifier, for many look-ups (built on each call: keep it).
    public var lookup: PlanLookup { PlanLookup(self) }
}
