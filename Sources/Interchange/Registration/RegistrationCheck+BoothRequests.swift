import Planning
import Sheets

extension RegistrationCheck {
    /// The exhibiting parties of the Đăng ký gian hàng sheets, each with its booth request, read
    /// as `fairplan register party` reads its options: exactly one of a province (a provincial
    /// alliance) and an organisation; booths within ``Limits/boothsPerParty``; organisations and
    /// products named on the other sheets first, then in the plan; the products shown, when none
    /// is named, every product of the organisations sharing the booths. Each row is found in the
    /// plan by its natural key (then present or changed), repeats an earlier row, or is new with a
    /// new identifier (its request `yc-` and the party's). On the portal's public forms
    /// (`sharing`, ``sharingLookup(organisations:)``), the request's organisation must be the
    /// submission's own and «Dùng chung với» names only organisations `sharing` holds.
    mutating func parseParties(
        index: OrganisationLookup, products: ProductLookup, sharing lookup: SharingLookup? = nil
    ) -> [ParsedRow<BoothRegistration>] {
        var parsed: [ParsedRow<BoothRegistration>] = []
        parsed.reserveCapacity(rows[.boothRequests]?.count ?? 0)
        var firstKeys: Set<ByteKey> = []
        for rowIndex in rows[.boothRequests, default: []].indices {
            var row = rows[.boothRequests]![rowIndex]
            defer { rows[.boothRequests]![rowIndex] = row }
            let name = row.required(.partyName)
            let writtenProvince = row.text(.partyProvince)
            let writtenOrganisation = row.text(.partyOrganisation)
            if (writtenProvince == nil) == (writtenOrganisation == nil) {
                let both = writtenProvince != nil
                row.report(
                    .error, both ? .partyOrganisation : .partyProvince,
                    .partyProvinceOrOrganisation(bothGiven: both))
            }
            var own = writtenOrganisation.flatMap {
                resolve($0, field: .partyOrganisation, index: index, row: &row, required: true)
            }
            // A public submission asks for booths for itself only: another cooperative's public
            // code must not register booths, and show products, in its name.
            if let lookup, let found = own, !lookup.own.contains(found) {
                row.report(.error, .partyOrganisation, .outsideSubmission(.partyOrganisation))
                own = nil
            }
            let booths = boothsWanted(&row)
            var sharing = own.map { [$0] } ?? []
            for written in Self.items(row.text(.sharedWith)) {
                let found =
                    if let lookup {
                        sharer(written, in: lookup, row: &row)
                    } else {
                        resolve(written, field: .sharedWith, index: index, row: &row, required: true)
                    }
                guard let found else { continue }
                if !sharing.contains(found) { sharing.append(found) }
            }
            let named = Self.items(row.text(.productsShown))
            var shown: [Identifier<Product>] = []
            if named.isEmpty {
                shown = products.products(of: sharing).map(\.id)
            } else {
                for written in named {
                    guard let found = product(written, owners: sharing, in: products, row: &row),
                        !shown.contains(found)
                    else { continue }
                    shown.append(found)
                }
            }
            var services: Set<BoothService> = []
            if row.flag(.needsWater) { services.insert(.water) }
            if row.flag(.needsColdStorage) { services.insert(.coldStorage) }
            if row.flag(.needsPower) { services.insert(.power) }
            let contactName = row.text(.partyContact)
            let phone = row.digits(.partyPhone, length: 10)
            if contactName == nil, phone != nil { row.report(.error, .partyPhone, .phoneWithoutContact) }
            let kind: ExhibitingParty.Kind? =
                own.map { .organisation($0) }
                ?? (writtenOrganisation == nil
                    ? writtenProvince.map { .provincialAlliance(province($0)) } : nil)
            let draft = BoothRegistration(
                party: ExhibitingParty(
                    id: Identifier(""), name: name ?? "",
                    kind: kind ?? .provincialAlliance(ProvinceReference(writtenProvince ?? "")),
                    contact: contactName.map { Contact(name: $0, phone: phone) },
                    cluster: row.text(.partyCluster)),
                request: BoothRequest(
                    id: Identifier(""), party: Identifier(""), boothsWanted: booths ?? 0,
                    sharingOrganisations: sharing, products: shown, showsEveryProduct: named.isEmpty,
                    servicesNeeded: services, preferredZones: zones(&row), notes: row.text(.partyNotes)),
                productsNamed: !named.isEmpty)
            var entry = ParsedRow(row: rowIndex, entity: draft)
            entry.key = name == nil || kind == nil ? nil : NaturalKey.party(draft.party)
            if let key = entry.key, !firstKeys.insert(ByteKey(key)).inserted {
                entry.standing = .repeated
            } else if entry.key != nil, let (party, request) = keys.claimParty(draft.party) {
                let stored = BoothRegistration(
                    party: party,
                    request: request
                        ?? BoothRequest(
                            id: Identifier("yc-\(party.id.rawValue)"), party: party.id, boothsWanted: 0),
                    productsNamed: true)
                let (changes, merged) = changes(
                    of: stored, to: draft, row: row, index: index, products: products)
                entry.entity = merged
                entry.standing = changes.isEmpty ? .present : .changed(changes)
                reportStanding(entry.standing, kind: .boothRequests, id: party.id.rawValue, row: &row)
            } else {
                let id = identifiers.make(.party, from: name ?? "")
                entry.entity.party = draft.party.identified(Identifier(id))
                entry.entity.request = draft.request.identified(
                    Identifier("yc-\(id)"), party: Identifier(id))
            }
            parsed.append(entry)
        }
        return parsed
    }

    /// The items of a cell listing several names: separated by `;` or line breaks, trimmed,
    /// empty ones left out (names may hold commas: «Rau, củ, quả»).
    static func items(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { String($0).trimmedCell }.filter { !$0.isEmpty }
    }

    /// The booths wanted: a whole number in ``Limits/boothsPerParty``; reports it missing or out
    /// of range.
    private func boothsWanted(_ row: inout RegistrationRow) -> Int? {
        guard row.raw(.boothsWanted) != .empty else {
            row.report(.error, .boothsWanted, .missingRequiredValue(.boothsWanted))
            return nil
        }
        guard let count = row.count(.boothsWanted) else { return nil }
        guard Limits.boothsPerParty.contains(count) else {
            row.report(
                .error, .boothsWanted, .boothsOutOfRange(count, maximum: Limits.boothsPerParty.upperBound))
            return nil
        }
        return count
    }

    /// The product a booth request names, among the sharing organisations' products first (only
    /// among them with ``publicSubmission``); reports it when unknown or ambiguous.
    private func product(
        _ written: String, owners: [Identifier<Organisation>], in products: ProductLookup,
        row: inout RegistrationRow
    ) -> Identifier<Product>? {
        references.products.insert(written)
        if publicSubmission {
            switch products.resolve(written, onlyAmong: owners) {
            case .found(let product):
                return product.id
            case .ambiguous(let candidates):
                row.report(
                    .error, .productsShown,
                    .productAmbiguous(
                        written: written, candidates: candidates.map { "\($0.name) (\($0.id))" }))
            case .notFound(let suggestions):
                row.report(
                    .error, .productsShown,
                    .productNotAmongShared(written: written, suggestions: suggestions.prefix(3).map(\.name)))
            }
            return nil
        }
        switch products.resolve(written, owners: owners) {
        case .found(let product):
            return product.id
        case .ambiguous(let candidates):
            row.report(
                .error, .productsShown,
                .productAmbiguous(written: written, candidates: candidates.map { "\($0.name) (\($0.id))" }))
        case .notFound(let suggestions):
            row.report(
                .error, .productsShown,
                .productNotFound(written: written, suggestions: suggestions.prefix(3).map(\.name)))
        }
        return nil
    }

    /// The preferred zones: with a venue that has zones, each written zone as the zone's
    /// identifier (found by identifier, name or tag, a tag kept as a tag), an unknown one kept as
    /// written with a warning; without, as written.
    private func zones(_ row: inout RegistrationRow) -> [String] {
        let written = Self.items(row.text(.preferredZones))
        guard let zones = plan.venue?.zones, !zones.isEmpty else { return written }
        return written.map { text in
            let key = NameKey.folded(text)
            if let zone = zones.first(where: { $0.id == text || NameKey.folded($0.name) == key }) {
                return zone.id
            }
            if zones.contains(where: { $0.tags.contains(text) }) { return text }
            if let zone = zones.first(where: { NameKey.folded($0.id) == key }) { return zone.id }
            row.report(.warning, .preferredZones, .zoneUnknown(written: text, zones: zones.map(\.name)))
            return text
        }
    }
}
