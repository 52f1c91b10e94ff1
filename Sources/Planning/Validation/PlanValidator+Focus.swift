extension PlanValidator {
    /// The key the possible-duplicate rule groups organisations by: name as a search key and the
    /// province's code (or the province as written when it did not resolve).
    public static func nameAndProvinceKey(_ organisation: Organisation) -> String {
        PlanFocus.NameInProvince(organisation).key
    }

    /// The keys the duplicate-person rule compares people by: name and phone (national form), and
    /// e-mail (lowercase); none for a person with neither a valid phone nor a plausible e-mail.
    public static func duplicateKeys(of person: Person) -> [String] {
        duplicateKeys(name: person.name, phone: person.phone, email: person.email)
    }

    /// The duplicate-person keys of a name, a phone and an e-mail (see ``duplicateKeys(of:)``).
    public static func duplicateKeys(name: PersonName, phone: String?, email: String?) -> [String] {
        var keys: [String] = []
        if let phone = phone.flatMap(PhoneNumber.init) {
            keys.append("phone|\(VietnameseText.searchKey(name.fullName))|\(phone.national)")
        }
        if let email = email?.trimmingWhitespace().lowercased(), EmailAddress.isPlausible(email) {
            keys.append("email|\(email)")
        }
        return keys
    }

    /// What the rules about a new or changed organisation look at: itself, the organisations with
    /// its code or its name in its province, and its members.
    public func focus(registering organisation: Organisation) -> PlanFocus {
        var focus = PlanFocus()
        focus.organisationIDs = Set(
            [organisation.id.rawValue] + organisation.memberOrganisations.map(\.rawValue))
        if let code = organisation.registrationCode { focus.registrationCodes = [code.description] }
        focus.organisationNames = [PlanFocus.NameInProvince(organisation)]
        return focus
    }

    /// What the rules about a new or changed product look at: itself, its owner and the owner's
    /// other products.
    public func focus(registering product: Product) -> PlanFocus {
        var focus = PlanFocus()
        focus.organisationIDs = [product.owner.rawValue]
        focus.productOwners = [product.owner.rawValue]
        focus.productIDs = [product.id.rawValue]
        return focus
    }

    /// What the rules about a new or changed person look at: themselves, their organisation, the
    /// people sharing a duplicate key with them (transitively), and the connection points their
    /// attendance may name.
    public func focus(registering person: Person) -> PlanFocus {
        var focus = PlanFocus()
        focus.organisationIDs = Set([person.organisation?.rawValue].compactMap { $0 })
        focus.personIDs = [person.id.rawValue]
        focus.personKeys = Set(Self.duplicateKeys(of: person))
        focus.connectionPoints = true
        return focus
    }
}
