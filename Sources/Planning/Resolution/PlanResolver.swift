/// Resolves what a person types to name an entity of a plan (a command's argument, a form's
/// field, a sheet's cell) through one ``NameIndex`` per kind, so every front end and the importer
/// agree on what a name means.
///
/// Organisations are named by identifier, registration code (a lost leading zero restored), full
/// name or short name; products, parties and sessions by identifier or name; people by identifier
/// or full name; connection points by identifier, name (with or without «Điểm cầu») or province;
/// rooms by identifier or name; emulation clusters (of the plan's parties) by name or a distinctive
/// run of words. Nothing found or several found is a ``PlanningError`` listing the suggestions or
/// the candidates, each with its identifier.
public struct PlanResolver: Sendable {
    /// The plan searched.
    let plan: Plan

    /// A resolver over `plan`.
    public init(plan: Plan) {
        self.plan = plan
    }

    /// The index of organisations: identifier, registration code, name, short name.
    public static func organisationIndex(_ organisations: [Organisation]) -> NameIndex<Organisation> {
        NameIndex(
            organisations, identifier: \.id.rawValue, names: { [$0.name, $0.shortName].compactMap { $0 } },
            codes: { $0.registrationCode.map { [$0] } ?? [] })
    }

    /// The index of products: identifier, name.
    static func productIndex(_ products: [Product]) -> NameIndex<Product> {
        NameIndex(products, identifier: \.id.rawValue, names: { [$0.name] })
    }

    /// The index of people: identifier, full name.
    static func personIndex(_ people: [Person]) -> NameIndex<Person> {
        NameIndex(people, identifier: \.id.rawValue, names: { [$0.name.fullName] })
    }

    /// The index of exhibiting parties: identifier, name.
    public static func partyIndex(_ parties: [ExhibitingParty]) -> NameIndex<ExhibitingParty> {
        NameIndex(parties, identifier: \.id.rawValue, names: { [$0.name] })
    }

    /// The index of sessions: identifier, title.
    public static func sessionIndex(_ sessions: [Session]) -> NameIndex<Session> {
        NameIndex(sessions, identifier: \.id.rawValue, names: { [$0.title] })
    }

    /// The index of connection points: identifier, name with or without «Điểm cầu», province.
    static func connectionPointIndex(_ points: [ConnectionPoint]) -> NameIndex<ConnectionPoint> {
        NameIndex(
            points, identifier: \.id.rawValue,
            names: { point in
                [point.name, Self.withoutPointWord(point.name), point.province.officialName].compactMap { $0 }
            })
    }

    /// The index of a venue's rooms: identifier, name.
    public static func roomIndex(_ rooms: [Room]) -> NameIndex<Room> {
        NameIndex(rooms, identifier: \.id, names: { [$0.name] })
    }

    /// An organisation as candidates and suggestions list it: `name (identifier, registration
    /// code, province)`.
    static func label(_ organisation: Organisation) -> String {
        // Two organisations of one name differ by code and province: both are shown (QA 41 #12).
        let parts =
            [organisation.id.rawValue] + [organisation.registrationCode?.description].compactMap { $0 }
            + [organisation.province.officialName].filter { !$0.isEmpty }
        return "\(organisation.name) (\(parts.joined(separator: ", ")))"
    }
    /// A product as listed: `name (identifier)`.
    static func label(_ product: Product) -> String { "\(product.name) (\(product.id.rawValue))" }
    /// A person as listed: `full name (identifier)`.
    static func label(_ person: Person) -> String { "\(person.name.fullName) (\(person.id.rawValue))" }
    /// A party as listed: `name (identifier)`.
    public static func label(_ party: ExhibitingParty) -> String { "\(party.name) (\(party.id.rawValue))" }
    /// A session as listed: `title (identifier)`.
    public static func label(_ session: Session) -> String { "\(session.title) (\(session.id.rawValue))" }
    /// A connection point as listed: `name (identifier)`.
    static func label(_ point: ConnectionPoint) -> String { "\(point.name) (\(point.id.rawValue))" }
    /// A room as listed: `name (identifier)`.
    public static func label(_ room: Room) -> String { "\(room.name) (\(room.id))" }

    /// The organisation named by `written`.
    public func organisation(_ written: String) throws(PlanningError) -> Organisation {
        try Self.unique(
            Self.organisationIndex(plan.organisations).resolve(written), .organisation, written,
            label: Self.label)
    }

    /// The product named by `written`; only `owner`'s products when given.
    public func product(_ written: String, owner: Identifier<Organisation>? = nil) throws(PlanningError)
        -> Product
    {
        let products = owner.map { owner in plan.products.filter { $0.owner == owner } } ?? plan.products
        return try Self.unique(
            Self.productIndex(products).resolve(written), .product, written, label: Self.label)
    }

    /// The person named by `written`.
    public func person(_ written: String) throws(PlanningError) -> Person {
        try Self.unique(Self.personIndex(plan.people).resolve(written), .person, written, label: Self.label)
    }

    /// The exhibiting party named by `written`.
    public func party(_ written: String) throws(PlanningError) -> ExhibitingParty {
        try Self.unique(Self.partyIndex(plan.parties).resolve(written), .party, written, label: Self.label)
    }

    /// The session named by `written`.
    public func session(_ written: String) throws(PlanningError) -> Session {
        try Self.unique(
            Self.sessionIndex(plan.sessions).resolve(written), .session, written, label: Self.label)
    }

    /// The connection point named by `written`: its identifier, its name with or without
    /// «Điểm cầu», or its province.
    public func connectionPoint(_ written: String) throws(PlanningError) -> ConnectionPoint {
        let index = Self.connectionPointIndex(plan.connectionPoints)
        // A point's whole name («Điểm cầu Sơn La») is that point, even when another point stands
        // in the province of Sơn La; without the word «Điểm cầu» the name, or the province, is asked.
        if case .found(let point) = index.resolveWholly(written) { return point }
        let typed = Self.withoutPointWord(written) ?? written
        return try Self.unique(index.resolve(typed), .connectionPoint, written, label: Self.label)
    }

    /// The venue room named by `written` (identifier or name).
    public func room(_ written: String) throws(PlanningError) -> Room {
        try Self.unique(
            Self.roomIndex(plan.venue?.rooms ?? []).resolve(written), .room, written, label: Self.label)
    }

    /// The emulation cluster (as the plan's parties name it) meant by `written`: its name, or a
    /// run of whole words that only one cluster's name holds («sông Cửu Long»). «Cụm thi đua»,
    /// which every cluster's name holds, is ambiguous.
    public func cluster(_ written: String) throws(PlanningError) -> String {
        let names = Set(plan.parties.compactMap(\.cluster)).sortedVietnamese()
        return try Self.unique(
            NameIndex(names, identifier: { $0 }, names: { [$0] }, matchesParts: true).resolve(written),
            .cluster,
            written, label: { $0 })
    }

    /// `name` without a leading «Điểm cầu», nil when it has none.
    static func withoutPointWord(_ name: String) -> String? {
        let words = NameKey.foldedWords(name)
        guard words.count > 2, words[0] == "diem", words[1] == "cau" else { return nil }
        let trimmed = VietnameseText.normalized(name)
        guard let space = trimmed.firstIndex(of: " "),
            let second = trimmed[trimmed.index(after: space)...].firstIndex(of: " ")
        else { return nil }
        return String(trimmed[trimmed.index(after: second)...])
    }

    /// The entity of a match, or the error naming the suggestions or candidates.
    static func unique<Entity>(
        _ match: NameMatch<Entity>, _ kind: EntityKind, _ written: String, label: (Entity) -> String
    ) throws(PlanningError) -> Entity {
        switch match {
        case .found(let entity):
            return entity
        case .ambiguous(let candidates):
            throw .ambiguous(
                kind, written: VietnameseText.normalized(written), candidates: candidates.map(label))
        case .notFound(let suggestions):
            throw .notFound(
                kind, written: VietnameseText.normalized(written), suggestions: suggestions.map(label))
        }
    }
}
