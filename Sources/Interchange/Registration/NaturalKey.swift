import Foundation
import Planning

/// The natural keys under which rows of the files and entities of the plan are the same
/// organisation, product, person or exhibiting party (see ``RegistrationKey``): names under their tone-keeping key
/// (``NameKey/exact(_:)``), provinces by their 2025 unit, phones in their national form.
enum NaturalKey {
    /// The key of an organisation's registration code, nil when it has none.
    static func code(_ organisation: Organisation) -> String? {
        organisation.registrationCode?.description
    }

    /// The key of an organisation's name and province.
    static func nameAndProvince(_ organisation: Organisation) -> String {
        "\(NameKey.exact(organisation.name))\u{0}\(province(organisation.province))"
    }

    /// An organisation's key: its registration code, else its name and province.
    static func organisation(_ organisation: Organisation) -> String {
        code(organisation).map { "code\u{0}\($0)" } ?? "name\u{0}\(nameAndProvince(organisation))"
    }

    /// The key of a province: its 2025 unit, or the name as written when it did not resolve.
    static func province(_ province: ProvinceReference) -> String {
        province.code?.code ?? "?\(NameKey.exact(province.written))"
    }

    /// A product's key: its owner and name.
    static func product(_ product: Product) -> String {
        "\(product.owner.rawValue)\u{0}\(NameKey.exact(product.name))"
    }

    /// An exhibiting party's key: its organisation; for a provincial alliance, its province and
    /// name.
    static func party(_ party: ExhibitingParty) -> String {
        switch party.kind {
        case .organisation(let id): "o\u{0}\(id.rawValue)"
        case .provincialAlliance(let place): "a\u{0}\(province(place))\u{0}\(NameKey.exact(party.name))"
        }
    }

    /// The key of a person's name and organisation (or unit, when not linked to one).
    static func personName(_ person: Person) -> String {
        let place =
            person.organisation.map { "o\($0.rawValue)" } ?? "u\(NameKey.exact(person.unit ?? ""))"
        return "\(NameKey.exact(person.name.fullName))\u{0}\(place)"
    }

    /// A person's key: name and organisation, and the phone (else the e-mail) when given.
    static func person(_ person: Person) -> String {
        "\(personName(person))\u{0}\(phone(person.phone).map { "p\($0)" } ?? email(person.email).map { "e\($0)" } ?? "")"
    }

    /// A phone in its national form (as written when it does not parse), nil when empty.
    static func phone(_ phone: String?) -> String? {
        guard let phone = phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty else { return nil }
        return PhoneNumber(phone)?.national ?? phone
    }

    /// An e-mail in lowercase, nil when empty.
    static func email(_ email: String?) -> String? {
        guard let email = email?.trimmingCharacters(in: .whitespaces).lowercased(), !email.isEmpty else {
            return nil
        }
        return email
    }

    /// Whether a person has a phone or an e-mail.
    static func hasContact(_ person: Person) -> Bool {
        phone(person.phone) != nil || email(person.email) != nil
    }

    /// Whether two people share a phone or an e-mail.
    static func shareContact(_ lhs: Person, _ rhs: Person) -> Bool {
        if let phone = phone(lhs.phone), phone == self.phone(rhs.phone) { return true }
        if let email = email(lhs.email), email == self.email(rhs.email) { return true }
        return false
    }
}
