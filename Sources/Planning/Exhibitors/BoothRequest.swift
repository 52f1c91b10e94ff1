/// A party's request for booths: how many, who shares them, what is shown, what is needed.
public struct BoothRequest: Hashable, Codable, Sendable, Identifiable {
    /// The request's identifier.
    public let id: Identifier<BoothRequest>
    /// The party asking.
    public var party: Identifier<ExhibitingParty>
    /// Standard booths wanted (≥ 1); they will be given as one connected block.
    public var boothsWanted: Int
    /// The organisations sharing the booths (for an alliance, its cooperatives).
    public var sharingOrganisations: [Identifier<Organisation>]
    /// The products shown.
    public var products: [Identifier<Product>]
    /// Whether the party shows every product of the organisations sharing its booths, those
    /// registered later included: it named none. A request that chose its products keeps them.
    public var showsEveryProduct: Bool
    /// Services the booths need.
    public var servicesNeeded: Set<BoothService>
    /// Preferred zones or zone tags, in order of preference.
    public var preferredZones: [String]
    /// Free-text notes from the registration form.
    public var notes: String?

    /// Creates a request.
    public init(
        id: Identifier<BoothRequest>,
        party: Identifier<ExhibitingParty>,
        boothsWanted: Int,
        sharingOrganisations: [Identifier<Organisation>] = [],
        products: [Identifier<Product>] = [],
        showsEveryProduct: Bool = false,
        servicesNeeded: Set<BoothService> = [],
        preferredZones: [String] = [],
        notes: String? = nil
    ) {
        self.id = id
        self.party = party
        self.boothsWanted = boothsWanted
        self.sharingOrganisations = sharingOrganisations
        self.products = products
        self.showsEveryProduct = showsEveryProduct
        self.servicesNeeded = servicesNeeded
        self.preferredZones = preferredZones
        self.notes = notes.map(VietnameseText.normalized)
    }
}
