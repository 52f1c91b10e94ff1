import Interchange
import Planning
import Workflow

/// `/<plan>/dang-ky`: the registration form (organisation, products, delegates, booth request),
/// made from the registration template's own fields, drop-downs and notes, with the findings of
/// the last check beside each field; and the upload of a filled template.
///
/// Works without JavaScript: "more entries" are links that reload the form with room for more;
/// every field has its label, hint and findings tied to it (`aria-describedby`), and a field with
/// an error is marked `aria-invalid`.
struct RegistrationPage: Sendable {
    /// A choice of a drop-down.
    struct Option: Sendable {
        /// The value sent and shown.
        let value: String
        /// Whether it is chosen.
        let selected: Bool
    }

    /// A finding shown on the page.
    struct Note: Sendable {
        /// `error`, `warning` or `info` (the style).
        let severity: String
        /// The severity's name.
        let severityName: String
        /// What is wrong and what to do.
        let text: String
    }

    /// A link.
    struct Link: Sendable {
        /// Where it goes.
        let href: String
        /// Its text.
        let label: String
    }

    /// A hidden field.
    struct Hidden: Sendable {
        /// Its name.
        let name: String
        /// Its value.
        let value: String
    }

    /// One field of the form.
    struct Field: Sendable {
        /// The element's id.
        let id: String
        /// The name posted.
        let name: String
        /// The label.
        let label: String
        /// Whether it must be filled in.
        let required: Bool
        /// How to fill it in.
        let hint: String
        /// The input's type (`text`, `date`, `email`, `tel`, `number`), for fields that are not
        /// drop-downs.
        let type: String
        /// Whether it is a drop-down.
        let isSelect: Bool
        /// The drop-down's choices.
        let options: [Option]
        /// The value posted.
        let value: String
        /// The findings about it.
        let notes: [Note]
        /// Whether a finding about it is an error.
        let invalid: Bool
        /// Whether it has findings.
        let hasNotes: Bool
    }

    /// A part of the form (the organisation, a product, a delegate, the booth request).
    struct Part: Sendable {
        /// Its legend.
        let legend: String
        /// The fields.
        let fields: [Field]
        /// Findings about the entry as a whole.
        let notes: [Note]
        /// Whether there are such findings.
        let hasNotes: Bool
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// What the form is for.
    let introduction: String
    /// Until when registrations are taken, or that they have closed.
    let deadline: String
    /// Whether registrations are taken.
    let isOpen: Bool
    /// Where the form posts.
    let action: String
    /// The anti-forgery token's field name and value.
    let csrfName: String
    /// The anti-forgery token.
    let csrf: String
    /// The outcome of the last check, above the form.
    let banner: Note?
    /// Findings about the whole form.
    let generalNotes: [Note]
    /// Whether there are such findings.
    let hasGeneralNotes: Bool
    /// The heading of the general findings.
    let generalHeading: String
    /// The organisation's part.
    let organisation: Part
    /// The products heading.
    let productsHeading: String
    /// The product entries.
    let products: [Part]
    /// The value of the button offering more product entries (the form is sent back with what
    /// was typed and three more entries), when below the limit.
    let moreProducts: String?
    /// Its text.
    let moreProductsLabel: String
    /// The delegates heading.
    let delegatesHeading: String
    /// The delegate entries.
    let delegates: [Part]
    /// The value of the button offering more delegate entries, when below the limit.
    let moreDelegates: String?
    /// Its text.
    let moreDelegatesLabel: String
    /// The booth request.
    let booth: Part
    /// How to leave the booth request out.
    let boothHint: String
    /// The hidden counts of entries: (name, value).
    let slotFields: [Hidden]
    /// The check button's text.
    let checkLabel: String
    /// The send button's text.
    let submitLabel: String
    /// The mark of required fields.
    let requiredLabel: String
    /// The empty choice of drop-downs.
    let chooseLabel: String
    /// The upload part's heading.
    let uploadHeading: String
    /// What to upload.
    let uploadHint: String
    /// Where the upload posts.
    let uploadAction: String
    /// The file field's label.
    let uploadFileLabel: String
    /// The upload button's text.
    let uploadCheckLabel: String
    /// The blank templates: (address, text).
    let templates: [Link]

    /// The form of `published`'s event for `input`, with the findings of `report` (none on a new
    /// form) placed by `slots` and the outcome `banner`; posted to `action` (the registration
    /// by default), carrying the `hidden` fields too.
    init(
        _ published: ReadPublishedPlan.Published, paths: PortalPaths, version: String, csrf: String,
        input: RegistrationFormInput, check: RegistrationCheckResult?, closesAt: LocalDateTime, isOpen: Bool,
        action: String? = nil, hidden: [Hidden] = []
    ) {
        let language = paths.language
        let m = { (message: RegistrationMessage) in message.text(language) }
        let plan = published.plan
        heading = m(.registrationPage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: .registration,
            otherLanguagePath: "/\(paths.site)/dang-ky", version: version)
        introduction = m(.introduction)
        self.isOpen = isOpen
        deadline = isOpen ? m(.openUntil(closesAt)) : m(.closed(closesAt))
        self.action = action ?? paths.registration
        csrfName = CSRFToken.fieldName
        self.csrf = csrf
        requiredLabel = m(.required)
        chooseLabel = m(.choose)
        let notes = check?.notes(in: language) ?? [:]
        func note(_ problem: SheetProblem) -> Note {
            Note(
                severity: problem.severity.rawValue, severityName: problem.severity.name(language),
                text: problem.message.text(language))
        }
        let lists = (
            points: plan.connectionPoints.map(\.name), zones: plan.venue?.zones.map(\.name) ?? []
        )
        func part(_ legend: String, _ prefix: String, _ fields: [RegistrationField]) -> Part {
            let partNotes = (notes[RegistrationCheckResult.Key(prefix: prefix, field: nil)] ?? []).map(note)
            return Part(
                legend: legend,
                fields: fields.map { field in
                    let fieldNotes = (notes[RegistrationCheckResult.Key(prefix: prefix, field: field)] ?? [])
                    let value = input.value(prefix, field)
                    let dropDown = RegistrationDropDown.of(field)
                    let choices =
                        dropDown?.values(in: language, connectionPoints: lists.points, zones: lists.zones)
                        ?? []
                    var options = choices.map { Option(value: $0, selected: $0 == value) }
                    if !value.isEmpty, !choices.contains(value) {
                        options.insert(Option(value: value, selected: true), at: 0)
                    }
                    return Field(
                        id: prefix + "-" + field.rawValue, name: RegistrationFormInput.name(prefix, field),
                        label: field.header(in: language),
                        required: field.isRequired && field != .productOwner,
                        hint: field == .sharedWith
                            ? RegistrationMessage.sharedWithHint.text(language) : field.note(in: language),
                        type: Self.inputType(field),
                        isSelect: dropDown != nil && !choices.isEmpty, options: options, value: value,
                        notes: fieldNotes.map(note), invalid: fieldNotes.contains { $0.severity == .error },
                        hasNotes: !fieldNotes.isEmpty)
                }, notes: partNotes, hasNotes: !partNotes.isEmpty)
        }
        organisation = part(m(.organisationSection), "o", RegistrationFormInput.organisationFields)
        productsHeading = m(.productsSection)
        products = (0..<input.productSlots).map {
            part(m(.product($0 + 1)), "p\($0)", RegistrationFormInput.productFields)
        }
        delegatesHeading = m(.delegatesSection)
        delegates = (0..<input.delegateSlots).map {
            part(m(.delegate($0 + 1)), "d\($0)", RegistrationFormInput.delegateFields)
        }
        booth = part(m(.boothSection), "b", RegistrationFormInput.boothFields)
        boothHint = m(.boothHint)
        let limit = RegistrationFormInput.slotLimit
        moreProducts = input.productSlots < limit ? RegistrationFormInput.moreProductsAction : nil
        moreDelegates = input.delegateSlots < limit ? RegistrationFormInput.moreDelegatesAction : nil
        moreProductsLabel = m(.moreProducts)
        moreDelegatesLabel = m(.moreDelegates)
        slotFields =
            [
                Hidden(name: RegistrationFormInput.productSlotsField, value: String(input.productSlots)),
                Hidden(name: RegistrationFormInput.delegateSlotsField, value: String(input.delegateSlots)),
            ] + hidden
        checkLabel = m(.check)
        submitLabel = m(.submit)
        banner = check.map { Note(severity: $0.bannerSeverity, severityName: "", text: m($0.banner)) }
        generalNotes = (notes[RegistrationCheckResult.Key(prefix: "", field: nil)] ?? []).map(note)
        hasGeneralNotes = !generalNotes.isEmpty
        generalHeading = m(.generalProblems)
        uploadHeading = m(.uploadSection)
        uploadHint = m(.uploadHint)
        uploadAction = paths.registrationUpload
        uploadFileLabel = m(.uploadFile)
        uploadCheckLabel = m(.uploadCheck)
        templates = ["xlsx", "ods"].map {
            Link(href: paths.template($0), label: "\(m(.templateDownload)) (.\($0))")
        }
    }

    /// The input type of a field that is not a drop-down.
    static func inputType(_ field: RegistrationField) -> String {
        switch field {
        case .decisionDate, .validUntil, .dateOfBirth: "date"
        case .contactEmail, .delegateEmail: "email"
        case .contactPhone, .delegatePhone, .partyPhone: "tel"
        case .organisationMembers, .boothsWanted: "number"
        default: "text"
        }
    }
}
