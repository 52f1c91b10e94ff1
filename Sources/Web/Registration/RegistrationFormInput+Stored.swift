import Interchange
import Planning
import Workflow

extension RegistrationFormInput {
    /// The hidden field of an entry (`p0`, `d1`) holding the identifier of the stored product or
    /// person it stands for.
    static func storedIDName(_ prefix: String) -> String { "\(prefix).ma" }

    /// The form pre-filled with what `view` holds, as the registration form writes it in
    /// `language` (dates as the date fields send them), with one free product and delegate entry
    /// more (at most ``slotLimit``), or the entries `products` and `delegates` ask for.
    init(
        stored view: ReadSubmission.View, language: Language, products: String? = nil,
        delegates: String? = nil
    ) {
        var values: [String: String] = [:]
        func set(_ prefix: String, _ field: RegistrationField, _ value: RegistrationValue?) {
            guard let value else { return }
            let text: String
            switch value {
            case .date(let date): text = date.iso
            default: text = value.text(language)
            }
            if !text.isEmpty { values[Self.name(prefix, field)] = text }
        }
        func text(_ value: String?) -> RegistrationValue? { value.map(RegistrationValue.text) }
        let organisation = view.organisation
        let contact = organisation.contacts.first
        set("o", .organisationName, .text(organisation.name))
        set("o", .organisationShortName, text(organisation.shortName))
        set("o", .organisationKind, .kind(organisation.kind))
        set("o", .organisationSector, .sector(organisation.sector))
        set(
            "o", .organisationCode,
            text(organisation.registrationCode?.description ?? organisation.unparsedRegistrationCode))
        set("o", .organisationProvince, .text(organisation.province.written))
        set("o", .organisationAddress, text(organisation.address))
        set("o", .organisationMembers, organisation.memberCount.map(RegistrationValue.number))
        set("o", .contactName, text(contact?.name))
        set("o", .contactPosition, text(contact?.position))
        set("o", .contactPhone, text(contact?.phone))
        set("o", .contactEmail, text(contact?.email))
        for (slot, product) in view.products.enumerated() {
            let prefix = "p\(slot)"
            values[Self.storedIDName(prefix)] = product.id.rawValue
            set(prefix, .productName, .text(product.name))
            set(prefix, .productSet, product.classification.map(RegistrationValue.classification))
            if let recognition = product.recognition {
                set(prefix, .stars, .number(recognition.stars))
                set(prefix, .decisionNumber, .text(recognition.decisionNumber))
                set(prefix, .decisionDate, .date(recognition.decisionDate))
                set(prefix, .issuingBody, text(recognition.issuingBody))
                set(prefix, .issuingLevel, recognition.issuingLevel.map(RegistrationValue.issuingLevel))
                set(prefix, .validUntil, recognition.statedValidUntil.map(RegistrationValue.date))
                set(prefix, .productCode, text(recognition.productCode))
            }
            set(prefix, .coldChain, .yesNo(product.needsColdChain))
        }
        let points = view.published.plan.connectionPoints
        for (slot, person) in view.delegates.enumerated() {
            let prefix = "d\(slot)"
            values[Self.storedIDName(prefix)] = person.id.rawValue
            set(prefix, .honorific, person.honorific.map(RegistrationValue.honorific))
            set(prefix, .fullName, .text(person.name.fullName))
            set(prefix, .position, text(person.position))
            set(prefix, .delegateProvince, text(person.province?.written))
            set(prefix, .delegatePhone, text(person.phone))
            set(prefix, .delegateEmail, text(person.email))
            set(prefix, .dateOfBirth, person.dateOfBirth.map(RegistrationValue.date))
            if let attendance = view.attendances.first(where: { $0.person == person.id }) {
                set(prefix, .role, .role(attendance.role))
                switch attendance.place {
                case .onSite: set(prefix, .attendance, .onSite)
                case .connectionPoint(let id):
                    set(prefix, .attendance, text(points.first { $0.id == id }?.name))
                }
            }
        }
        if let party = view.party, let request = view.boothRequest {
            // Every product of the booth's list, the organisations sharing it included: a save
            // that leaves the field as it is keeps the list as it is (QA 41b #3).
            let plan = view.published.plan
            let names = { (ids: [Identifier<Product>]) in
                ids.compactMap { id in
                    (view.products.first { $0.id == id } ?? plan.products.first { $0.id == id })?.name
                }
            }
            set("b", .partyName, .text(party.name))
            set("b", .boothsWanted, .number(request.boothsWanted))
            let sharing = request.sharingOrganisations.filter { $0 != organisation.id }.compactMap { id in
                plan.organisations.first { $0.id == id }?.name
            }
            if !sharing.isEmpty { set("b", .sharedWith, .text(sharing.joined(separator: "; "))) }
            let shown = names(request.products)
            if !shown.isEmpty, !request.showsEveryProduct {
                set("b", .productsShown, .text(shown.joined(separator: "; ")))
            }
            set("b", .needsWater, .yesNo(request.servicesNeeded.contains(.water)))
            set("b", .needsColdStorage, .yesNo(request.servicesNeeded.contains(.coldStorage)))
            set("b", .needsPower, .yesNo(request.servicesNeeded.contains(.power)))
            if !request.preferredZones.isEmpty {
                set("b", .preferredZones, .text(request.preferredZones.joined(separator: "; ")))
            }
            set("b", .partyContact, text(party.contact?.name))
            set("b", .partyPhone, text(party.contact?.phone))
            set("b", .partyNotes, text(request.notes))
        }
        self.values = values
        productSlots = min(
            max(products.flatMap { Int($0) } ?? view.products.count + 1, view.products.count, 1),
            Self.slotLimit)
        delegateSlots = min(
            max(delegates.flatMap { Int($0) } ?? view.delegates.count + 1, view.delegates.count, 1),
            Self.slotLimit)
    }

    /// For each product and delegate of the form (the entries `productSlots` and
    /// `delegateSlots` it came from), the stored identifier its entry carries, nil for a new one.
    func storedIDs(productSlots: [Int], delegateSlots: [Int]) -> (products: [String?], delegates: [String?]) {
        func id(_ prefix: String) -> String? {
            guard let value = values[Self.storedIDName(prefix)], !value.isEmpty, value.utf8.count <= 200
            else {
                return nil
            }
            return value
        }
        return (productSlots.map { id("p\($0)") }, delegateSlots.map { id("d\($0)") })
    }
}
