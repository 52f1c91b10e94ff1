public import Planning
public import Store

/// Edits a registered organisation: the fields given replace the stored ones, `clear` empties
/// optional ones, and the changed plan is checked like a registration.
public struct EditOrganisation: Sendable {
    /// The fields that can be cleared.
    public static let clearable: [InputField] = [
        .code, .shortName, .address, .members, .contact, .phone, .email,
    ]

    /// The changes as typed; nil leaves a field as it is.
    public struct Input: Sendable {
        /// The organisation: identifier, registration code, name or short name.
        public var subject: String
        /// The legal name.
        public var name: String?
        /// The province of the head office.
        public var province: String?
        /// The kind (not taken again from a new name).
        public var kind: OrganisationKind?
        /// The sector.
        public var sector: Sector?
        /// The registration (tax) code.
        public var code: String?
        /// The short name.
        public var shortName: String?
        /// The address.
        public var address: String?
        /// Members (for a union: member cooperatives).
        public var members: Int?
        /// The contact person's name.
        public var contact: String?
        /// The contact's phone.
        public var phone: String?
        /// The contact's e-mail.
        public var email: String?
        /// The identifier, when given: it must be the current one (identifiers never change).
        public var id: String?
        /// Optional fields to empty, as typed (``clearable``).
        public var clear: [String] = []
        /// Whether to write despite errors the edit brings in.
        public var force = false

        /// Changes to the organisation named `subject`.
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
        let clearing = try Clearing(input.clear, kind: .organisation, clearable: Self.clearable)
        let members = try input.members.map {
            try WrittenValue.integer($0, field: .members, in: InputLimits.members)
        }
        let province = try input.province.map { text throws(WorkflowError) in
            try WrittenValue.province(text, field: .province)
        }
        return try Editor(store: store, kind: .organisation, force: input.force).edit(
            command: "edit organisation", context: context,
            reading: readsWholePlan ? nil : Self.reading(input)
        ) { plan in
            let stored = try PlanResolver(plan: plan).organisation(input.subject)
            try Editor.keep(stored.id.rawValue, asked: input.id, kind: .organisation)
            let writtenCode = stored.registrationCode?.description ?? stored.unparsedRegistrationCode
            let parsed = Organisation(
                id: stored.id, name: input.name ?? stored.name, kind: stored.kind, sector: stored.sector,
                registrationCode: try clearing.value(.code, input.code, else: writtenCode),
                province: stored.province)
            var edited = stored
            edited.name = parsed.name
            edited.registrationCode = parsed.registrationCode
            edited.unparsedRegistrationCode = parsed.unparsedRegistrationCode
            edited.kind = input.kind ?? stored.kind
            edited.sector = input.sector ?? stored.sector
            edited.province = province ?? stored.province
            edited.shortName = try clearing.value(.shortName, input.shortName, else: stored.shortName).map(
                VietnameseText.normalized)
            edited.address = try clearing.value(.address, input.address, else: stored.address).map(
                VietnameseText.normalized)
            edited.memberCount = try clearing.value(.members, members, else: stored.memberCount)
            edited.contacts = try Self.contacts(stored.contacts, input, clearing)
            var changes = ChangeList()
            changes.compare(.name, stored.name, edited.name)
            changes.compare(.province, stored.province, edited.province)
            changes.compare(.kind, stored.kind, edited.kind)
            changes.compare(.sector, stored.sector, edited.sector)
            changes.compare(
                .code, writtenCode, edited.registrationCode?.description ?? edited.unparsedRegistrationCode)
            changes.compare(.shortName, stored.shortName, edited.shortName)
            changes.compare(.address, stored.address, edited.address)
            changes.compare(.members, stored.memberCount, edited.memberCount)
            changes.compare(.contact, stored.contacts.first?.name, edited.contacts.first?.name)
            changes.compare(.phone, stored.contacts.first?.phone, edited.contacts.first?.phone)
            changes.compare(.email, stored.contacts.first?.email, edited.contacts.first?.email)
            var changed = plan
            changed.organisations = plan.organisations.map { $0.id == edited.id ? edited : $0 }
            return Editor.Change(
                plan: changed, id: edited.id.rawValue, name: edited.name, changed: changes.fields,
                subjects: [.init(.organisation, edited.id.rawValue)],
                write: { try $0.updateOrganisation(edited) })
        }
    }

    /// What an edit of an organisation reads: the organisations the name given could mean; then
    /// the organisation's members and the organisations sharing its code or its name in its
    /// province, before and after the change (``PlanValidator/focus(registering:)-(Organisation)``),
    /// and the fair's own tables (the exhibitor rules name an organisation in two parties or
    /// sharing outside its alliance's province).
    static func reading(_ input: Input) -> Editor.Reading {
        Editor.Reading(
            names: Editor.Names(organisations: [input.subject]),
            around: { part, change in
                let validator = PlanValidator()
                var focus = PlanFocus()
                focus.fair = true
                focus.boothPlan = true
                for plan in [part, change.plan] {
                    for organisation in plan.organisations where organisation.id.rawValue == change.id {
                        focus.formUnion(validator.focus(registering: organisation))
                    }
                }
                return focus
            })
    }

    /// The contacts after the edit: the first contact's name, phone and e-mail changed or cleared
    /// (clearing the contact removes them all); a phone or e-mail needs a contact.
    static func contacts(_ stored: [Contact], _ input: Input, _ clearing: Clearing) throws(WorkflowError)
        -> [Contact]
    {
        let detailsGiven = input.phone != nil || input.email != nil
        if clearing.contains(.contact) {
            try clearing.check(.contact, given: input.contact != nil)
            if detailsGiven { throw .conflict(.contactDetailsWithoutContact) }
            return []
        }
        guard let name = input.contact ?? stored.first?.name else {
            if detailsGiven { throw .conflict(.contactDetailsWithoutContact) }
            return stored
        }
        let first = stored.first
        let contact = Contact(
            name: name, position: first?.position,
            phone: try clearing.value(.phone, input.phone, else: first?.phone),
            email: try clearing.value(.email, input.email, else: first?.email))
        return [contact] + stored.dropFirst()
    }
}
