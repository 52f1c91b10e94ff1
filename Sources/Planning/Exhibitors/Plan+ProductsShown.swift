extension Plan {
    /// The booth requests that show products being added, as they become.
    ///
    /// A request shows a new product of an organisation sharing its booths when it shows every
    /// product that organisation had before (none included): a party registered without naming
    /// products shows every product of those sharing its booths, also those registered later. A
    /// request that names only some of the organisation's products keeps its choice; a withdrawn
    /// party's request is left as it is. `self` is the
    /// plan before the products are added; a product already shown changes nothing.
    public func requestsShowing(_ added: [Product]) -> [BoothRequest] {
        let addedIDs = Set(added.map(\.id))
        var owned: [Identifier<Organisation>: Set<Identifier<Product>>] = [:]
        for product in products where !addedIDs.contains(product.id) {
            owned[product.owner, default: []].insert(product.id)
        }
        // A withdrawn party shows nothing any more: its request is left as it was.
        let withdrawn = Set(parties.filter { $0.registrationStatus == .withdrawn }.map(\.id))
        var changed: [BoothRequest] = []
        for request in boothRequests where !withdrawn.contains(request.party) {
            var updated = request
            let shown = Set(request.products)
            for product in added where request.sharingOrganisations.contains(product.owner) {
                guard !updated.products.contains(product.id), (owned[product.owner] ?? []).isSubset(of: shown)
                else { continue }
                updated.products.append(product.id)
            }
            if updated != request { changed.append(updated) }
        }
        return changed
    }
}
