extension Plan {
    /// The booth requests that show products being added, as they become.
    ///
    /// A request shows a new product of an organisation sharing its booths when it shows every
    /// product (``BoothRequest/showsEveryProduct``): the party named none when it registered, so
    /// it shows those registered later too. A request that chose its products keeps its choice,
    /// even one naming every product the organisation then had; a withdrawn party's request is
    /// left as it is. A product already shown changes nothing.
    public func requestsShowing(_ added: [Product]) -> [BoothRequest] {
        // A withdrawn party shows nothing any more: its request is left as it was.
        let withdrawn = Set(parties.filter { $0.registrationStatus == .withdrawn }.map(\.id))
        var changed: [BoothRequest] = []
        for request in boothRequests where request.showsEveryProduct && !withdrawn.contains(request.party) {
            var updated = request
            for product in added where request.sharingOrganisations.contains(product.owner) {
                guard !updated.products.contains(product.id) else { continue }
                updated.products.append(product.id)
            }
            if updated != request { changed.append(updated) }
        }
        return changed
    }
}
