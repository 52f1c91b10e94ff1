/// The kinds of entity a person names by identifier, code or name (in commands, forms and sheets).
public enum EntityKind: String, CaseIterable, Codable, Sendable {
    /// An organisation (HTX, tổ hợp tác, ...).
    case organisation
    /// A product.
    case product
    /// A person.
    case person
    /// An exhibiting party.
    case party
    /// A connection point (điểm cầu).
    case connectionPoint = "connection-point"
    /// A session of the programme.
    case session
    /// A room of the venue.
    case room
    /// An emulation cluster (cụm thi đua) with parties in the plan.
    case cluster
    /// An OCOP product set.
    case productSet = "product-set"
}
