import Planning

extension RegistrationCheck {
    /// Puts the changed parties and requests in place of the plan's (a request the plan lacks is
    /// added).
    static func replaceParties(in plan: inout Plan, with changed: [BoothRegistration]) {
        guard !changed.isEmpty else { return }
        let parties = Dictionary(
            changed.map { ($0.party.id, $0.party) }, uniquingKeysWith: { first, _ in first })
        let requests = Dictionary(
            changed.map { ($0.request.id, $0.request) }, uniquingKeysWith: { first, _ in first })
        plan.parties = plan.parties.map { parties[$0.id] ?? $0 }
        let stored = Set(plan.boothRequests.map(\.id))
        plan.boothRequests = plan.boothRequests.map { requests[$0.id] ?? $0 }
        plan.boothRequests += changed.map(\.request).filter { !stored.contains($0.id) }
    }

    /// Files a finding that an organisation is shown by two parties under every written row of a
    /// party sharing it (the finding is about the organisation, which may not be on the sheets).
    mutating func fileOrganisationInTwoParties(
        _ finding: Finding, parties: [ParsedRow<BoothRegistration>]
    ) {
        let organisation = Identifier<Organisation>(finding.subject.id)
        for parsed in parties {
            let isOwn = parsed.entity.party.kind == .organisation(organisation)
            guard isOwn || parsed.entity.request.sharingOrganisations.contains(organisation) else { continue }
            let field: RegistrationField = isOwn ? .partyOrganisation : .sharedWith
            var row = rows[.boothRequests]![parsed.row]
            let alreadyReported = row.problems.contains { $0.severity == .error && $0.field == field }
            guard !alreadyReported else { continue }
            row.append(Self.problem(finding, field: field, on: row))
            rows[.boothRequests]![parsed.row] = row
        }
    }

    /// Leaves out, when rows with errors are skipped, the booth requests naming an organisation or
    /// product whose row has an error or is left out (each with a warning naming that row); the
    /// products shown by default (every product of the sharing organisations) simply lose those.
    mutating func skipParties(
        _ parties: inout [ParsedRow<BoothRegistration>], products: [ParsedRow<Product>],
        lookup: OrganisationLookup, productLookup: ProductLookup
    ) {
        let organisationRows = rows[.organisations, default: []]
        let productRows = rows[.products, default: []]
        let skippedProducts = Set(products.filter(\.skipped).map(\.row))
        for index in parties.indices where !rows[.boothRequests]![parties[index].row].hasError {
            let entity = parties[index].entity
            var organisations = entity.request.sharingOrganisations
            var own: Identifier<Organisation>?
            if case .organisation(let id) = entity.party.kind {
                own = id
                organisations.insert(id, at: 0)
            }
            var blocking: (RegistrationSheetKind, RegistrationField, String, Int)?
            for id in organisations {
                guard let row = lookup.row(of: id), organisationRows.indices.contains(row),
                    organisationRows[row].hasError
                else { continue }
                blocking = (
                    .organisations, id == own ? .partyOrganisation : .sharedWith,
                    organisationRows[row].text(.organisationName) ?? id.rawValue, organisationRows[row].number
                )
                break
            }
            var kept: [Identifier<Product>] = []
            for id in entity.request.products {
                guard let row = productLookup.row(of: id), productRows.indices.contains(row),
                    productRows[row].hasError || skippedProducts.contains(row)
                else {
                    kept.append(id)
                    continue
                }
                if entity.productsNamed, blocking == nil {
                    blocking = (
                        .products, .productsShown, productRows[row].text(.productName) ?? id.rawValue,
                        productRows[row].number
                    )
                }
            }
            if let (kind, field, name, number) = blocking {
                parties[index].skipped = true
                rows[.boothRequests]![parties[index].row].report(
                    .warning, field, .boothRequestSkippedWithRow(kind, name: name, row: number))
            } else {
                parties[index].entity.request.products = kept
            }
        }
    }
}
