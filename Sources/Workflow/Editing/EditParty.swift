public import Planning
public import Store

/// Edits an exhibiting party and its booth request: name, who it is (a provincial alliance or one
/// organisation), booths, organisations sharing, products shown, services, zones, priority,
/// cluster, contact and notes. Its registration status and time are kept.
///
/// Lists given replace the stored ones. When the organisations sharing change and no products are
/// given, the products shown keep those of organisations still sharing and, when the party shows
/// every product of its organisations, add every product of the new ones (a list the party chose
/// gains none: its products are named with `--products`); clearing the products shows every product of the organisations sharing again,
/// those registered later included. Products given are the party's choice: later products of
/// its organisations are not added to it.
public struct EditParty: Sendable {
    /// The fields that can be cleared.
    public static let clearable: [InputField] = [
        .share, .products, .services, .zone, .cluster, .contact, .phone, .notes,
    ]

    /// The changes as typed; nil leaves a field as it is.
    public struct Input: Sendable {
        /// The party: identifier or name.
        public var subject: String
        /// The name on the fascia.
        public var name: String?
        /// Makes it a provincial alliance of this province.
        public var province: String?
        /// Makes it the party of this organisation (identifier, code or name).
        public var organisation: String?
        /// Standard booths wanted.
        public var booths: Int?
        /// Organisations sharing the booths (replacing the list).
        public var share: [String]?
        /// Products shown (replacing the list).
        public var products: [String]?
        /// Services needed (replacing the set).
        public var services: [String]?
        /// Preferred zones (replacing the list).
        public var zones: [String]?
        /// The organisers' priority on the waiting list.
        public var priority: Int?
        /// The emulation cluster.
        public var cluster: String?
        /// The contact person.
        public var contact: String?
        /// The contact's phone.
        public var phone: String?
        /// Notes.
        public var notes: String?
        /// The identifier, when given: it must be the current one.
        public var id: String?
        /// Optional fields to empty, as typed (``clearable``).
        public var clear: [String] = []
        /// Whether to write despite errors the edit brings in.
        public var force = false

        /// Changes to the party named `subject`.
        public init(subject: String) {
            self.subject = subject
        }
    }

    /// The plan file.
    let store: PlanStore
    /// Reads the whole plan instead of the part the edit touches (the tests compare both).
    var readsWholePlan = false

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Checks and writes the changes.
    public func run(_ input: Input, context: ChangeContext) throws -> Amendment {
        let clearing = try Clearing(input.clear, kind: .party, clearable: Self.clearable)
        if input.province != nil && input.organisation != nil {
            throw WorkflowError.conflict(.provinceOrOrganisation)
        }
        let booths = try input.booths.map {
            try WrittenValue.integer($0, field: .booths, in: InputLimits.boothsPerParty)
        }
        let priority = try input.priority.map {
            try WrittenValue.integer($0, field: .priority, in: InputLimits.priority)
        }
        let alliance = try input.province.map { text throws(WorkflowError) in
            try WrittenValue.province(text, field: .province)
        }
        let services = try input.services.map { values throws(WorkflowError) in
            try WrittenValue.services(values)
        }
        return try Editor(store: store, kind: .party, force: input.force).edit(
            command: "edit party", context: context, reading: readsWholePlan ? nil : Self.reading(input)
        ) { plan in
            let resolver = PlanResolver(plan: plan)
            let stored = try resolver.party(input.subject)
            try Editor.keep(stored.id.rawValue, asked: input.id, kind: .party)
            var edited = stored
            edited.name = input.name.map(VietnameseText.normalized) ?? stored.name
            if let organisation = input.organisation {
                edited.kind = .organisation(try resolver.organisation(organisation).id)
            }
            if let alliance { edited.kind = .provincialAlliance(alliance) }
            edited.priority = priority ?? stored.priority
            edited.cluster = try clearing.value(.cluster, input.cluster, else: stored.cluster).map(
                VietnameseText.normalized)
            edited.contact = try Self.contact(stored.contact, input, clearing)
            let storedRequest = plan.boothRequests.first { $0.party == stored.id }
            let request = try Self.request(
                storedRequest, of: edited, previous: stored, in: plan, input, booths: booths,
                services: services,
                clearing: clearing)
            var changes = ChangeList()
            changes.compare(.name, stored.name, edited.name)
            changes.compare(input.organisation == nil ? .province : .organisation, stored.kind, edited.kind)
            changes.compare(.booths, storedRequest?.boothsWanted, request.boothsWanted)
            changes.compare(.share, storedRequest?.sharingOrganisations ?? [], request.sharingOrganisations)
            // Products shown follow the organisations sharing unless given or cleared: only then
            // is --products named; products leaving a chosen list are said by name (QA 43 #5).
            var leaving: [String] = []
            if input.products != nil || clearing.contains(.products) {
                changes.compare(.products, storedRequest?.products ?? [], request.products)
                changes.compare(
                    .products, storedRequest?.showsEveryProduct ?? true, request.showsEveryProduct)
            } else if let storedRequest, !storedRequest.showsEveryProduct {
                let kept = Set(request.products)
                leaving = storedRequest.products.filter { !kept.contains($0) }.compactMap { id in
                    plan.products.first { $0.id == id }?.name
                }
            }
            changes.compare(.services, storedRequest?.servicesNeeded ?? [], request.servicesNeeded)
            changes.compare(.zone, storedRequest?.preferredZones ?? [], request.preferredZones)
            changes.compare(.priority, stored.priority, edited.priority)
            changes.compare(.cluster, stored.cluster, edited.cluster)
            changes.compare(.contact, stored.contact?.name, edited.contact?.name)
            changes.compare(.phone, stored.contact?.phone, edited.contact?.phone)
            changes.compare(.notes, storedRequest?.notes, request.notes)
            var changed = plan
            changed.parties = plan.parties.map { $0.id == edited.id ? edited : $0 }
            if storedRequest == nil {
                changed.boothRequests.append(request)
            } else {
                changed.boothRequests = plan.boothRequests.map { $0.id == request.id ? request : $0 }
            }
            return Editor.Change(
                plan: changed, id: edited.id.rawValue, name: edited.name, changed: changes.fields,
                subjects: [.init(.party, edited.id.rawValue), .init(.boothRequest, request.id.rawValue)],
                write: { try $0.updateParty(edited, requests: [request]) }, productsLeaving: leaving)
        }
    }

    /// What an edit of a party reads: the fair's own tables with the booth plan (parties are
    /// named among them), and the organisations and products the edit names; then the
    /// organisations the party is or shares with and the products its request shows, before and
    /// after the change, with every product of those organisations (a party shows them when its
    /// products are cleared or an organisation joins). The rules about a party and its request
    /// look at nothing else of the registry.
    static func reading(_ input: Input) -> Editor.Reading {
        let organisations =
            (input.organisation.map { [$0] } ?? []) + (input.share.map(WrittenValue.items) ?? [])
        let products = input.products.map(WrittenValue.items) ?? []
        var beside = PlanFocus()
        beside.fair = true
        beside.boothPlan = true
        return Editor.Reading(
            names: Editor.Names(organisations: organisations, products: products), beside: beside,
            around: { part, change in
                var focus = PlanFocus()
                for plan in [part, change.plan] {
                    for party in plan.parties where party.id.rawValue == change.id {
                        if let own = Self.organisation(of: party) {
                            focus.organisationIDs.insert(own.rawValue)
                        }
                        for request in plan.boothRequests where request.party == party.id {
                            focus.organisationIDs.formUnion(request.sharingOrganisations.map(\.rawValue))
                            focus.productIDs.formUnion(request.products.map(\.rawValue))
                        }
                    }
                }
                focus.productOwners = focus.organisationIDs
                return focus
            })
    }

    /// The contact after the edit; a phone needs a contact.
    static func contact(_ stored: Contact?, _ input: Input, _ clearing: Clearing) throws(WorkflowError)
        -> Contact?
    {
        if clearing.contains(.contact) {
            try clearing.check(.contact, given: input.contact != nil)
            if input.phone != nil { throw .conflict(.contactDetailsWithoutContact) }
            return nil
        }
        guard let name = input.contact ?? stored?.name else {
            if input.phone != nil { throw .conflict(.contactDetailsWithoutContact) }
            return stored
        }
        return Contact(
            name: name, position: stored?.position,
            phone: try clearing.value(.phone, input.phone, else: stored?.phone),
            email: stored?.email)
    }

    /// The booth request after the edit (a new one when the party had none).
    static func request(
        _ stored: BoothRequest?, of party: ExhibitingParty, previous: ExhibitingParty, in plan: Plan,
        _ input: Input,
        booths: Int?, services: Set<BoothService>?, clearing: Clearing
    ) throws -> BoothRequest {
        let resolver = PlanResolver(plan: plan)
        var request =
            stored
            ?? BoothRequest(
                id: Identifier("yc-\(party.id.rawValue)"), party: party.id, boothsWanted: 1,
                showsEveryProduct: true)
        request.boothsWanted = booths ?? request.boothsWanted
        let own = Self.organisation(of: party)
        var sharing = request.sharingOrganisations
        try clearing.check(.share, given: input.share != nil)
        if let share = input.share {
            sharing = []
            for written in WrittenValue.items(share) {
                let found = try resolver.organisation(written).id
                if !sharing.contains(found) { sharing.append(found) }
            }
        } else if clearing.contains(.share) {
            sharing = []
        }
        if let previousOwn = Self.organisation(of: previous), previousOwn != own {
            sharing.removeAll { $0 == previousOwn }
        }
        if let own {
            sharing.removeAll { $0 == own }
            sharing.insert(own, at: 0)
        }
        try clearing.check(.products, given: input.products != nil)
        if let products = input.products, !WrittenValue.items(products).isEmpty {
            request.products = try WrittenValue.items(products).map { try resolver.product($0).id }
            request.showsEveryProduct = false
        } else if clearing.contains(.products) || input.products != nil {
            // `--products ""` names nothing: as `--clear products`, every product is shown.
            request.products = plan.products.filter { sharing.contains($0.owner) }.map(\.id)
            request.showsEveryProduct = true
        } else if sharing != request.sharingOrganisations {
            // Products of organisations no longer sharing go; those of new ones are added only
            // when the party shows every product of its organisations, not to a list it chose.
            let added = sharing.filter { !request.sharingOrganisations.contains($0) }
            let owners = Dictionary(
                plan.products.map { ($0.id, $0.owner) }, uniquingKeysWith: { first, _ in first })
            request.products = request.products.filter { product in
                owners[product].map { sharing.contains($0) } ?? false
            }
            if request.showsEveryProduct {
                request.products += plan.products.filter {
                    added.contains($0.owner) && !request.products.contains($0.id)
                }.map(\.id)
            } else if request.products.isEmpty {
                // A chosen list left with none of its products (its organisations all gone, the
                // party's own changed) shows every product of the organisations sharing now.
                request.products = plan.products.filter { sharing.contains($0.owner) }.map(\.id)
                request.showsEveryProduct = true
            }
        }
        request.sharingOrganisations = sharing
        try clearing.check(.services, given: services != nil)
        request.servicesNeeded = clearing.contains(.services) ? [] : services ?? request.servicesNeeded
        try clearing.check(.zone, given: input.zones != nil)
        request.preferredZones =
            clearing.contains(.zone) ? [] : input.zones.map(WrittenValue.items) ?? request.preferredZones
        request.notes = try clearing.value(.notes, input.notes, else: request.notes).map(
            VietnameseText.normalized)
        return request
    }

    /// The organisation a party exhibits as, when it is one organisation's party.
    static func organisation(of party: ExhibitingParty) -> Identifier<Organisation>? {
        if case .organisation(let id) = party.kind { return id }
        return nil
    }
}
