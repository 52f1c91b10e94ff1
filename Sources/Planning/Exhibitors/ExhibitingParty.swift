/// Who takes booths at a fair: a provincial alliance showing several cooperatives, or one
/// organisation.
public struct ExhibitingParty: Hashable, Codable, Sendable, Identifiable {
    /// What kind of party it is.
    public enum Kind: Hashable, Codable, Sendable {
        /// A provincial cooperative alliance (Liên minh HTX tỉnh) taking a pavilion for its province.
        case provincialAlliance(ProvinceReference)
        /// A single organisation.
        case organisation(Identifier<Organisation>)
    }

    /// The party's identifier.
    public let id: Identifier<ExhibitingParty>
    /// The name on the fascia, e.g. "Liên minh HTX tỉnh Cà Mau".
    public var name: String
    /// Alliance or organisation.
    public var kind: Kind
    /// The person to contact about the booth.
    public var contact: Contact?
    /// When the registration arrived, as a local date-time (earlier registrations are served first).
    public var registeredAt: LocalDateTime?
    /// An organiser-set priority; higher is served first.
    public var priority: Int
    /// The emulation cluster the party registered through, when any (data, not an enum).
    public var cluster: String?
    /// Where the registration stands: pending, confirmed, placed, waitlisted or withdrawn.
    public var registrationStatus: RegistrationStatus

    /// Creates a party; the name is normalised to NFC. A new registration is pending.
    public init(
        id: Identifier<ExhibitingParty>,
        name: String,
        kind: Kind,
        contact: Contact? = nil,
        registeredAt: LocalDateTime? = nil,
        priority: Int = 0,
        cluster: String? = nil,
        registrationStatus: RegistrationStatus = .pending
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.kind = kind
        self.contact = contact
        self.registeredAt = registeredAt
        self.priority = priority
        self.cluster = cluster.map(VietnameseText.normalized)
        self.registrationStatus = registrationStatus
    }

    /// The province the party represents: the alliance's, or nil for an organisation (look the
    /// organisation up in the plan).
    public var allianceProvince: ProvinceReference? {
        if case .provincialAlliance(let province) = kind { return province }
        return nil
    }
}
