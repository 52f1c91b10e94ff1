public import Planning
public import Store

/// Registers an organisation (HTX, tổ hợp tác, liên hiệp HTX, quỹ TDND, enterprise, household
/// business): the kind is taken from the name when not given, the sector defaults to credit for a
/// people's credit fund and agriculture otherwise.
public struct RegisterOrganisation: Sendable {
    /// The organisation as typed.
    public struct Input: Sendable {
        /// The legal name.
        public var name: String
        /// The province of the head office (2025 or former name).
        public var province: String
        /// The kind; taken from the name when nil.
        public var kind: OrganisationKind?
        /// The sector; from the kind when nil.
        public var sector: Sector?
        /// The registration (tax) code as typed.
        public var code: String?
        /// The short name people write.
        public var shortName: String?
        /// The address.
        public var address: String?
        /// Members (for a union: member cooperatives).
        public var members: Int?
        /// The contact person, their phone and e-mail.
        public var contact: String?
        /// The contact's phone.
        public var phone: String?
        /// The contact's e-mail.
        public var email: String?
        /// The identifier asked for (made from the short name or name when nil).
        public var id: String?
        /// Whether to write despite validation errors.
        public var force = false

        /// An organisation named `name` in `province`.
        public init(name: String, province: String) {
            self.name = name
            self.province = province
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Checks and registers the organisation.
    public func run(_ input: Input, context: ChangeContext) throws -> Registration {
        let name = VietnameseText.normalized(input.name)
        // A name of spaces only is refused as such, before a kind is inferred from it (QA 43).
        try Registrar.checkLength(ofName: name, kind: .organisation)
        guard let kind = input.kind ?? OrganisationKind.inferred(fromName: name) else {
            throw WorkflowError.invalidValue(.name, value: name, expected: .organisationKind)
        }
        let members = try input.members.map {
            try WrittenValue.integer($0, field: .members, in: InputLimits.members)
        }
        if input.contact == nil && (input.phone != nil || input.email != nil) {
            throw WorkflowError.conflict(.contactDetailsWithoutContact)
        }
        let province = try WrittenValue.province(input.province, field: .province)
        let sector = input.sector ?? (kind == .peoplesCreditFund ? .credit : .agricultural)
        let draft = Organisation(
            id: Identifier(input.id ?? ""), name: name, shortName: input.shortName, kind: kind,
            sector: sector,
            registrationCode: input.code, province: province, address: input.address,
            contacts: input.contact.map { [Contact(name: $0, phone: input.phone, email: input.email)] } ?? [],
            memberCount: members)
        // Only the organisations the rules compare it with are read: those with its code, its name
        // in its province, and the identifiers its own could clash with.
        var focus = PlanValidator().focus(registering: draft)
        var stems = IdentifierMaker(taken: [])
        focus.identifierStems[.organisation] = [
            stems.make(organisationNamed: name, shortName: input.shortName)
        ]
        return try Registrar(
            store: store.journaling(context.note("register organisation", subject: name)), force: input.force
        ).register(
            Registrar.Order(
                kind: .organisation, name: name, explicitID: input.id, focus: focus,
                makeID: { $0.make(organisationNamed: name, shortName: input.shortName) },
                taken: { Set($0.organisations.map(\.id.rawValue)) },
                build: { plan, id in
                    let organisation = draft.identified(Identifier(id))
                    var changed = plan
                    changed.organisations.append(organisation)
                    return Registrar.Built(
                        plan: changed, subjects: [.init(.organisation, id)],
                        write: { try $0.addOrganisation(organisation) })
                }))
    }
}
