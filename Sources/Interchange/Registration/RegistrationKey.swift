/// The natural key by which rows and the plan's entities are recognised as the same organisation,
/// product or person, as a problem names it.
///
/// An organisation is known by its registration code; without one, by its name (every letter and
/// tone kept) and province. A product is known by its owner and name; a person by name,
/// organisation (or unit) and phone or e-mail when given; an exhibiting party by its organisation, or
/// for a provincial alliance by its name and province.
public enum RegistrationKey: Hashable, Sendable, Codable {
    /// The same registration code.
    case registrationCode(String)
    /// The same name in the same province (no registration code).
    case nameAndProvince(name: String, province: String)
    /// The same product name of the same owner.
    case product(name: String, owner: String)
    /// The same full name in the same organisation or unit, with the same phone or e-mail when given.
    case person(name: String, organisation: String?)
    /// The same exhibitor: the same organisation, or (for a provincial alliance) the same name in
    /// the same province; `of` is the organisation or province as written.
    case party(name: String, of: String)
}
