import Planning

extension RegistrationCheck {
    /// The changes a row of the Đăng ký gian hàng sheet writes to the plan's party and its booth
    /// request, and both with them; fields the row leaves empty keep the plan's values (an empty
    /// products column keeps the products the plan lists). Organisations and products are
    /// compared as sets and shown by name.
    func changes(
        of stored: BoothRegistration, to draft: BoothRegistration, row: RegistrationRow,
        index: OrganisationLookup, products: ProductLookup
    ) -> ([RegistrationChange], BoothRegistration) {
        var collector = ChangeCollector(row: row)
        var party = stored.party
        var request = stored.request
        func organisationNames(_ ids: [Identifier<Organisation>]) -> RegistrationValue {
            .text(
                ids.map { id in
                    references.organisations.insert(id.rawValue)
                    if case .found(let organisation) = index.resolve(id.rawValue) { return organisation.name }
                    return id.rawValue
                }.joined(separator: "; "))
        }
        func productNames(_ ids: [Identifier<Product>]) -> RegistrationValue {
            .text(
                ids.map { id in
                    references.products.insert(id.rawValue)
                    if case .found(let product) = products.resolve(id.rawValue, owners: []) {
                        return product.name
                    }
                    return id.rawValue
                }.joined(separator: "; "))
        }
        if collector.compare(.partyName, old: party.name, new: draft.party.name) {
            party.name = draft.party.name
        }
        if collector.compare(
            .boothsWanted, old: request.boothsWanted, new: draft.request.boothsWanted,
            as: RegistrationValue.number)
        {
            request.boothsWanted = draft.request.boothsWanted
        }
        if collector.compare(
            .sharedWith, old: request.sharingOrganisations, new: draft.request.sharingOrganisations,
            as: organisationNames, same: { Set($0 ?? []) == Set($1 ?? []) })
        {
            request.sharingOrganisations = draft.request.sharingOrganisations
        }
        if draft.productsNamed,
            collector.compare(
                .productsShown, old: request.products, new: draft.request.products, as: productNames,
                same: { Set($0 ?? []) == Set($1 ?? []) })
        {
            request.products = draft.request.products
            request.showsEveryProduct = false
        }
        for (field, service) in [
            (RegistrationField.needsWater, BoothService.water), (.needsColdStorage, .coldStorage),
            (.needsPower, .power),
        ] {
            let old = request.servicesNeeded.contains(service)
            let new = draft.request.servicesNeeded.contains(service)
            if collector.compare(field, old: old, new: new, as: RegistrationValue.yesNo) {
                if new {
                    request.servicesNeeded.insert(service)
                } else {
                    request.servicesNeeded.remove(service)
                }
            }
        }
        if collector.compare(
            .preferredZones, old: request.preferredZones, new: draft.request.preferredZones,
            as: { .text($0.joined(separator: "; ")) })
        {
            request.preferredZones = draft.request.preferredZones
        }
        if collector.compare(.partyCluster, old: party.cluster, new: draft.party.cluster) {
            party.cluster = draft.party.cluster
        }
        var contact = party.contact ?? Contact(name: draft.party.contact?.name ?? "")
        var contactChanged = false
        if collector.compare(.partyContact, old: party.contact?.name, new: draft.party.contact?.name) {
            contact.name = draft.party.contact?.name ?? ""
            contactChanged = true
        }
        if collector.compare(
            .partyPhone, old: party.contact?.phone, new: draft.party.contact?.phone,
            as: RegistrationValue.text,
            same: { NaturalKey.phone($0) == NaturalKey.phone($1) })
        {
            contact.phone = draft.party.contact?.phone
            contactChanged = true
        }
        if contactChanged { party.contact = contact }
        if collector.compare(.partyNotes, old: request.notes, new: draft.request.notes) {
            request.notes = draft.request.notes
        }
        return (
            collector.changes,
            BoothRegistration(party: party, request: request, productsNamed: draft.productsNamed)
        )
    }
}
