public import Planning
public import Store

/// Registers an exhibiting party (a provincial alliance or one organisation) and its booth
/// request; it arrives pending, registered at the time passed in.
///
/// A provincial alliance shows the organisations it shares with; an organisation shows itself and
/// any it shares with. The products shown are those named, or else every registered product of
/// the organisations sharing.
public struct RegisterParty: Sendable {
    /// The party as typed.
    public struct Input: Sendable {
        /// The name on the fascia.
        public var name: String
        /// For a provincial alliance: its province (exactly one of province and organisation).
        public var province: String?
        /// For a single organisation: its identifier, code or name.
        public var organisation: String?
        /// Standard booths wanted, as one connected block.
        public var booths: Int
        /// Organisations sharing the booths.
        public var share: [String] = []
        /// Products shown (identifiers or names); all of theirs when empty.
        public var products: [String] = []
        /// Services needed, as typed.
        public var services: [String] = []
        /// Preferred zones or zone tags, in order.
        public var zones: [String] = []
        /// The organisers' priority on the waiting list (higher first).
        public var priority = 0
        /// The emulation cluster the registration came through.
        public var cluster: String?
        /// The contact person and phone.
        public var contact: String?
        /// The contact's phone.
        public var phone: String?
        /// Notes from the registration form.
        public var notes: String?
        /// The identifier asked for.
        public var id: String?
        /// Whether to write despite validation errors.
        public var force = false

        /// A party named `name` asking for `booths` booths.
        public init(name: String, booths: Int) {
            self.name = name
            self.booths = booths
        }
    }

    /// The plan file.
    let store: PlanStore
    /// Reads the whole plan instead of the part the registration touches (the tests compare both).
    var readsWholePlan = false

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Checks and registers the party, registered at the context's time.
    public func run(_ input: Input, context: ChangeContext) throws -> Registration {
        let name = VietnameseText.normalized(input.name)
        guard (input.province == nil) != (input.organisation == nil) else {
            throw WorkflowError.conflict(.provinceOrOrganisation)
        }
        let booths = try WrittenValue.integer(input.booths, field: .booths, in: InputLimits.boothsPerParty)
        let priority = try WrittenValue.integer(input.priority, field: .priority, in: InputLimits.priority)
        if input.contact == nil && input.phone != nil {
            throw WorkflowError.conflict(.contactDetailsWithoutContact)
        }
        let alliance = try input.province.map { text throws(WorkflowError) in
            try WrittenValue.province(text, field: .province)
        }
        let services = try WrittenValue.services(input.services)
        return try Registrar(
            store: store.journaling(context.note("register party", subject: name)), force: input.force
        ).register(
            Registrar.Order(
                kind: .party, name: name, explicitID: input.id,
                focus: readsWholePlan ? nil : try Self.focus(input, store),
                makeID: { $0.make(.party, from: name) },
                taken: { Set($0.parties.map(\.id.rawValue)) },
                build: { plan, id in
                    let resolver = PlanResolver(plan: plan)
                    let own = try input.organisation.map { text throws(PlanningError) in
                        try resolver.organisation(text)
                    }
                    var sharing = own.map { [$0.id] } ?? []
                    for written in WrittenValue.items(input.share) {
                        let found = try resolver.organisation(written).id
                        if !sharing.contains(found) { sharing.append(found) }
                    }
                    // `--products ""` names nothing: the party shows every product, as without it.
                    let named = WrittenValue.items(input.products)
                    let shown =
                        named.isEmpty
                        ? plan.products.filter { sharing.contains($0.owner) }.map(\.id)
                        : try named.map { try resolver.product($0).id }
                    let kind: ExhibitingParty.Kind =
                        own.map { .organisation($0.id) }
                        ?? .provincialAlliance(alliance ?? ProvinceReference(""))
                    let party = ExhibitingParty(
                        id: Identifier(id), name: name, kind: kind,
                        contact: input.contact.map { Contact(name: $0, phone: input.phone) },
                        registeredAt: context.now,
                        priority: priority, cluster: input.cluster)
                    let request = BoothRequest(
                        id: Identifier("yc-\(id)"), party: party.id, boothsWanted: booths,
                        sharingOrganisations: sharing, products: shown,
                        showsEveryProduct: named.isEmpty, servicesNeeded: services,
                        preferredZones: WrittenValue.items(input.zones), notes: input.notes)
                    var changed = plan
                    changed.parties.append(party)
                    changed.boothRequests.append(request)
                    return Registrar.Built(
                        plan: changed,
                        subjects: [.init(.party, id), .init(.boothRequest, request.id.rawValue)],
                        write: { try $0.addParty(party, requests: [request]) })
                }))
    }

    /// What registering a party reads: the fair's own tables, the organisations its organisation
    /// and those sharing its booths could mean (with all their products: a party shows them when
    /// it names none), and the products it names. The rules about a party and its request look at
    /// nothing else. Nil (the whole plan) when a name is not decided by identifier, code or whole
    /// name (``Editor/Names/decidedWholly(in:)``): then the whole plan gives the candidates and
    /// suggestions as before.
    static func focus(_ input: Input, _ store: PlanStore) throws -> PlanFocus? {
        let organisations = (input.organisation.map { [$0] } ?? []) + WrittenValue.items(input.share)
        let products = WrittenValue.items(input.products)
        let names = Editor.Names(organisations: organisations, products: products)
        var focus = names.focus
        focus.fair = true
        return names.decidedWholly(in: try store.loadPlan(focus: focus)) ? focus : nil
    }
}
