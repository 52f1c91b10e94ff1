/// An organisation (chủ thể) that registers for an event: a cooperative, a union, a credit fund,
/// an enterprise or a household business.
public struct Organisation: Hashable, Codable, Sendable, Identifiable {
    /// The organisation's identifier in the plan.
    public let id: Identifier<Organisation>
    /// The legal name, e.g. "Hợp tác xã Nông nghiệp Tân Hòa".
    public var name: String
    /// The short name people write, e.g. "HTX NN Tân Hòa".
    public var shortName: String?
    /// The legal kind.
    public var kind: OrganisationKind
    /// The sector the alliance counts it in.
    public var sector: Sector
    /// The registration (tax) code, as parsed; nil when none was given.
    public var registrationCode: RegistrationCode?
    /// The code exactly as written when it could not be parsed, so validation can name it.
    public var unparsedRegistrationCode: String?
    /// The province of the head office.
    public var province: ProvinceReference
    /// The address as written.
    public var address: String?
    /// The people to contact.
    public var contacts: [Contact]
    /// The number of members (for a union: member cooperatives), when known.
    public var memberCount: Int?
    /// The union's member organisations registered in the same plan.
    public var memberOrganisations: [Identifier<Organisation>]

    /// Creates an organisation; texts are normalised to NFC.
    ///
    /// `registrationCode` is parsed with ``RegistrationCode``; a code that does not parse is kept
    /// as written in ``unparsedRegistrationCode`` and reported by validation.
    public init(
        id: Identifier<Organisation>,
        name: String,
        shortName: String? = nil,
        kind: OrganisationKind,
        sector: Sector,
        registrationCode: String?,
        province: ProvinceReference,
        address: String? = nil,
        contacts: [Contact] = [],
        memberCount: Int? = nil,
        memberOrganisations: [Identifier<Organisation>] = []
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.shortName = shortName.map(VietnameseText.normalized)
        self.kind = kind
        self.sector = sector
        let written = registrationCode?.trimmingWhitespace() ?? ""
        self.registrationCode = RegistrationCode(written)
        self.unparsedRegistrationCode =
            written.isEmpty || self.registrationCode != nil ? nil : written
        self.province = province
        self.address = address.map(VietnameseText.normalized)
        self.contacts = contacts
        self.memberCount = memberCount
        self.memberOrganisations = memberOrganisations
    }
}
