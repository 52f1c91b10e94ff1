import Planning
import Store
import Workflow

/// `/<plan>/quan-ly/sua?to-chuc=…`: a registered organisation's fields (as `fairplan edit
/// organisation` takes them), each with the findings about it beside it, saved through the same
/// use case and rules.
struct EditPage: Sendable {
    /// One field.
    struct Field: Sendable {
        /// The input's `id` (its label's `for`).
        let id: String
        /// The form field's name.
        let name: String
        /// Its label.
        let label: String
        /// Its value.
        let value: String
        /// The value stored when the page was made: the post sends it back, so a field left as
        /// it was keeps what someone else saved meanwhile, and a field changed over someone
        /// else's change is refused (``Portal/merged(_:body:stored:)``).
        let original: String
        /// The input's type.
        let type: String
        /// The most characters it takes: a name ``Limits/maximumNameLength``, other text
        /// ``Limits/maximumTextLength``.
        let maxLength: Int
        /// Whether it must be filled.
        let required: Bool
        /// The findings about it.
        let notes: [ConsolePage.Note]
        /// The `id` of the findings beside it, which the input names in `aria-describedby`; nil
        /// when there are none.
        let notesID: String?
        /// Whether a finding about it is an error (the input is then `aria-invalid`).
        let invalid: Bool

        /// The field `name` of the input `id`, with the findings `notes` beside it (tied to the
        /// input: ``notesID``, ``invalid``).
        init(
            id: String, name: String, label: String, value: String, original: String, type: String,
            maxLength: Int, required: Bool, notes: [ConsolePage.Note]
        ) {
            self.id = id
            self.name = name
            self.label = label
            self.value = value
            self.original = original
            self.type = type
            self.maxLength = maxLength
            self.required = required
            self.notes = notes
            notesID = notes.isEmpty ? nil : id + "-ghi-chu"
            invalid = notes.contains { $0.severity == "error" }
        }
    }

    /// A delegate or product form as a refused post left it: the values typed (a field changed
    /// meanwhile by someone else shows the stored value), why fields were refused, and the
    /// findings of the rules.
    struct EntityInput: Sendable {
        /// The form field naming the entity (`dai-bieu` or `san-pham`).
        let key: String
        /// Its identifier.
        let id: String
        /// The values to show, by field.
        let values: [InputField: String]
        /// Why a field's value was refused, by field.
        let problems: [InputField: String]
        /// The findings of the rules about it.
        let findings: [Finding]
    }

    /// A delegate or a product of the organisation, with its own form.
    struct Entity: Sendable {
        /// Its name.
        let heading: String
        /// The form's action.
        let action: String
        /// The form field naming it.
        let key: String
        /// Its identifier.
        let id: String
        /// Findings about it that concern no one field.
        let notes: [ConsolePage.Note]
        /// The fields.
        let fields: [Field]
    }

    /// The fields of a delegate's form, in order (as `fairplan edit person` takes them).
    static let personFields: [InputField] = [.name, .position, .phone, .email]
    /// The fields of a product's form, in order (as `fairplan edit product` takes them).
    static let productFields: [InputField] = [
        .name, .productSet, .stars, .decision, .decisionDate, .issuingBody, .issuingLevel, .validUntil,
        .ocopCode, .coldChain,
    ]

    /// The fields of the form, in order.
    static let fields: [InputField] = [
        .name, .shortName, .province, .code, .address, .members, .contact, .phone, .email,
    ]

    /// The field a finding is about, by its rule; nil for the organisation as a whole.
    static func field(of finding: Finding) -> InputField? {
        let code = finding.code.rawValue
        if code.contains("registration-code") { return .code }
        if code.contains("members") || code.contains("member") { return .members }
        if code.contains("name") || code.contains("duplicate") { return .name }
        if code.contains("province") { return .province }
        if code.contains("phone") { return .phone }
        if code.contains("email") { return .email }
        return nil
    }

    /// The field of a delegate's or a product's form a finding is about, by its rule; nil for
    /// the delegate or product as a whole.
    static func entityField(of finding: Finding) -> InputField? {
        switch finding.code.rawValue {
        case "contact.malformed-phone", "person.duplicate": .phone
        case "contact.malformed-email": .email
        case "person.no-name", "product.duplicate": .name
        case "ocop.stars-out-of-range": .stars
        case "ocop.malformed-decision-number": .decision
        case "ocop.issuing-level-mismatch": .issuingLevel
        case "ocop.criteria-basis-mismatch", "product.unclassified": .productSet
        case let code where code.hasPrefix("ocop.certificate-"): .validUntil
        default: nil
        }
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// What the last save did.
    let banner: String?
    /// The banner's class: `error` when the save was refused, else `info`.
    let bannerKind: String
    /// Why the save was refused.
    let problem: String?
    /// Findings about the organisation as a whole.
    let notes: [ConsolePage.Note]
    /// The form's action.
    let action: String
    /// The organisation's identifier.
    let organisationID: String
    /// The anti-forgery token.
    let csrf: String
    /// Its field's name.
    let csrfName: String
    /// The fields.
    let fieldRows: [Field]
    /// The delegates' heading, when there are any.
    let delegatesHeading: String?
    /// The organisation's delegates.
    let delegates: [Entity]
    /// The products' heading, when there are any.
    let productsHeading: String?
    /// The organisation's products.
    let products: [Entity]
    /// The save button.
    let saveLabel: String
    /// The link back to the console.
    let back: String
    /// Its text.
    let backLabel: String

    /// The form of `organisation` (and of each of its delegates, `people`, and `products`) with
    /// `values` (typed, by field; the stored ones when nil), `findings` and why fields were
    /// refused (`problems`), after `banner` or refused for `problem`. The delegates' and
    /// products' forms show the findings about each (`entityFindings`, by ``subjectKey(_:)``), and the
    /// one whose post was refused (`refused`) what was typed in it.
    init(
        _ organisation: Organisation, people: [Person], products: [Product], values: [InputField: String]?,
        findings: [Finding], problems: [InputField: String] = [:], entityFindings: [String: [Finding]] = [:],
        refused: EntityInput? = nil, banner: StaffMessage?, problem: String?, session: StaffSession,
        paths: PortalPaths,
        version: String
    ) {
        let language = paths.language
        let m = { (message: StaffMessage) in message.text(language) }
        heading = m(.editPage(organisation.name))
        frame = PageFrame(
            title: heading, language: language, site: paths, section: nil,
            otherLanguagePath:
                "/\(paths.site)/quan-ly/sua?to-chuc=\(PortalPaths.encode(organisation.id.rawValue))",
            version: version)
        self.banner = banner.map(m)
        if case .failed = banner { bannerKind = "error" } else { bannerKind = "info" }
        self.problem = problem
        let note = { (finding: Finding) in
            ConsolePage.Note(severity: finding.severity.rawValue, text: finding.message.text(language))
        }
        notes = findings.filter { Self.field(of: $0) == nil }.map(note)
        action = paths.consoleAction("sua")
        organisationID = organisation.id.rawValue
        csrf = session.csrf
        csrfName = CSRFToken.fieldName
        let stored = Self.values(of: organisation)
        let problemNote = { (field: InputField, problems: [InputField: String]) in
            problems[field].map { [ConsolePage.Note(severity: "error", text: $0)] } ?? []
        }
        fieldRows = Self.fields.map { field in
            Field(
                id: "f-\(field.rawValue)", name: field.rawValue, label: m(.field(field)),
                value: (values ?? stored)[field] ?? "",
                original: stored[field] ?? "",
                type: field == .email
                    ? "email" : field == .members ? "number" : field == .phone ? "tel" : "text",
                maxLength: Self.maxLength(field),
                required: field == .name || field == .province,
                notes: problemNote(field, problems)
                    + findings.filter { Self.field(of: $0) == field }.map(note))
        }
        let entity = {
            (key: String, id: String, subject: Subject, fields: [InputField], stored: [InputField: String]) in
            let input = refused.flatMap { $0.key == key && $0.id == id ? $0 : nil }
            // The rules' findings on the refused change, else those about it as stored.
            let refusedFindings = input?.findings ?? []
            let findings =
                refusedFindings.isEmpty ? entityFindings[Self.subjectKey(subject)] ?? [] : refusedFindings
            let rows = fields.map { field in
                Field(
                    id: "f-\(key)-\(id)-\(field.rawValue)", name: field.rawValue, label: m(.field(field)),
                    value: input?.values[field] ?? stored[field] ?? "", original: stored[field] ?? "",
                    type: field == .email
                        ? "email" : field == .stars ? "number" : field == .phone ? "tel" : "text",
                    maxLength: Self.maxLength(field),
                    required: field == .name,
                    notes: problemNote(field, input?.problems ?? [:])
                        + findings.filter { Self.entityField(of: $0) == field }.map(note))
            }
            return (rows, findings.filter { Self.entityField(of: $0) == nil }.map(note))
        }
        delegatesHeading = people.isEmpty ? nil : m(.delegatesPart)
        delegates = people.map { person in
            let (rows, notes) = entity(
                "dai-bieu", person.id.rawValue, .person(person), Self.personFields, Self.values(of: person))
            return Entity(
                heading: person.name.fullName, action: paths.consoleAction("sua-dai-bieu"), key: "dai-bieu",
                id: person.id.rawValue, notes: notes, fields: rows)
        }
        productsHeading = products.isEmpty ? nil : m(.productsPart)
        self.products = products.map { product in
            let (rows, notes) = entity(
                "san-pham", product.id.rawValue, .product(product), Self.productFields,
                Self.values(of: product, in: language))
            return Entity(
                heading: product.name, action: paths.consoleAction("sua-san-pham"), key: "san-pham",
                id: product.id.rawValue, notes: notes, fields: rows)
        }
        saveLabel = m(.save)
        back = paths.console
        backLabel = m(.backToConsole)
    }

    /// The key of the findings about `subject` (its kind and identifier).
    static func subjectKey(_ subject: Subject) -> String {
        "\(subject.kind.rawValue)/\(subject.id)"
    }

    /// The most characters `field` takes in the form (the rules refuse a longer name, beside it).
    static func maxLength(_ field: InputField) -> Int {
        field == .name ? Limits.maximumNameLength : Limits.maximumTextLength
    }

    /// The stored values of a delegate's fields, as the form shows them.
    static func values(of person: Person) -> [InputField: String] {
        [
            .name: person.name.fullName, .position: person.position ?? "", .phone: person.phone ?? "",
            .email: person.email ?? "",
        ]
    }

    /// The stored values of a product's fields, as the form shows them.
    static func values(of product: Product, in language: Language) -> [InputField: String] {
        let recognition = product.recognition
        return [
            .name: product.name, .productSet: product.classification?.name(language) ?? "",
            .stars: recognition.map { String($0.stars) } ?? "", .decision: recognition?.decisionNumber ?? "",
            .decisionDate: recognition?.decisionDate.vietnamese ?? "",
            .issuingBody: recognition?.issuingBody ?? "",
            .issuingLevel: recognition?.issuingLevel?.name(language) ?? "",
            .validUntil: recognition?.statedValidUntil?.vietnamese ?? "",
            .ocopCode: recognition?.productCode ?? "",
            .coldChain: StaffMessage.yesOrNo(product.needsColdChain).text(language),
        ]
    }

    /// The stored values of `organisation`'s fields, as the form shows them.
    static func values(of organisation: Organisation) -> [InputField: String] {
        let contact = organisation.contacts.first
        return [
            .name: organisation.name, .shortName: organisation.shortName ?? "",
            .province: organisation.province.officialName,
            .code: organisation.registrationCode?.description ?? organisation.unparsedRegistrationCode ?? "",
            .address: organisation.address ?? "", .members: organisation.memberCount.map(String.init) ?? "",
            .contact: contact?.name ?? "", .phone: contact?.phone ?? "", .email: contact?.email ?? "",
        ]
    }
}
