public import Planning

extension BoothRequest {
    /// The request with identifier `id`, for `party`.
    public func identified(_ id: Identifier<BoothRequest>, party: Identifier<ExhibitingParty>) -> BoothRequest
    {
        BoothRequest(
            id: id, party: party, boothsWanted: boothsWanted, sharingOrganisations: sharingOrganisations,
            products: products, showsEveryProduct: showsEveryProduct, servicesNeeded: servicesNeeded,
            preferredZones: preferredZones, notes: notes)
    }
}
