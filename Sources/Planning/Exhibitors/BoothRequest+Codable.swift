extension BoothRequest {
    private enum CodingKeys: String, CodingKey {
        case id, party, boothsWanted, sharingOrganisations, products, showsEveryProduct
        case servicesNeeded, preferredZones, notes
    }

    /// Reads a request. One written without ``showsEveryProduct`` (published before a request
    /// could show every product for good) is read as having chosen the products it shows.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Identifier<BoothRequest>.self, forKey: .id),
            party: try container.decode(Identifier<ExhibitingParty>.self, forKey: .party),
            boothsWanted: try container.decode(Int.self, forKey: .boothsWanted),
            sharingOrganisations: try container.decode(
                [Identifier<Organisation>].self, forKey: .sharingOrganisations),
            products: try container.decode([Identifier<Product>].self, forKey: .products),
            showsEveryProduct: try container.decodeIfPresent(Bool.self, forKey: .showsEveryProduct) ?? false,
            servicesNeeded: try container.decode(Set<BoothService>.self, forKey: .servicesNeeded),
            preferredZones: try container.decode([String].self, forKey: .preferredZones),
            notes: try container.decodeIfPresent(String.self, forKey: .notes))
    }

    /// Writes a request; ``showsEveryProduct`` is left out when false.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(party, forKey: .party)
        try container.encode(boothsWanted, forKey: .boothsWanted)
        try container.encode(sharingOrganisations, forKey: .sharingOrganisations)
        try container.encode(products, forKey: .products)
        if showsEveryProduct { try container.encode(true, forKey: .showsEveryProduct) }
        try container.encode(servicesNeeded, forKey: .servicesNeeded)
        try container.encode(preferredZones, forKey: .preferredZones)
        try container.encodeIfPresent(notes, forKey: .notes)
    }
}
