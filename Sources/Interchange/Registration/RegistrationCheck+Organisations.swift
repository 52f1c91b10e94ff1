import Planning

extension RegistrationCheck {
    /// The organisations of the Tổ chức sheets, each found in the plan by its natural key (then
    /// present or changed), repeating an earlier row, or new with a new identifier; sectors left
    /// empty are inferred later.
    mutating func parseOrganisations() -> [ParsedRow<Organisation>] {
        var parsed: [ParsedRow<Organisation>] = []
        parsed.reserveCapacity(rows[.organisations]?.count ?? 0)
        var firstKeys: Set<ByteKey> = []
        for index in rows[.organisations, default: []].indices {
            var row = rows[.organisations]![index]
            defer { rows[.organisations]![index] = row }
            let name = row.required(.organisationName)
            var kind = row.word(.organisationKind, recognise: OrganisationKind.init(written:))
            if kind == nil, row.text(.organisationKind) == nil, let name {
                kind = OrganisationKind.inferred(fromName: name)
                if kind == nil {
                    row.report(.error, .organisationKind, .kindNotInferable(name: name))
                }
            }
            let sector = row.word(.organisationSector, in: RegistrationVocabulary.sectors)
            let code = row.registrationCode(.organisationCode)
            let province = row.required(.organisationProvince)
            let members = row.count(.organisationMembers)
            let contact = contact(&row, organisation: name)
            let resolvedKind = kind ?? .cooperative
            let draft = Organisation(
                id: Identifier(""), name: name ?? "", shortName: row.text(.organisationShortName),
                kind: resolvedKind,
                sector: sector ?? (resolvedKind == .peoplesCreditFund ? .credit : .agricultural),
                registrationCode: code, province: self.province(province ?? ""),
                address: row.text(.organisationAddress), contacts: contact.map { [$0] } ?? [],
                memberCount: members)
            var entry = ParsedRow(row: index, entity: draft, sectorGiven: sector != nil)
            entry.key = name == nil ? nil : NaturalKey.organisation(draft)
            if let key = entry.key, !firstKeys.insert(ByteKey(key)).inserted {
                entry.standing = .repeated
            } else if entry.key != nil, let stored = keys.claimOrganisation(draft) {
                let (changes, merged) = Self.changes(of: stored, to: draft, row: row)
                entry.entity = merged
                entry.standing = changes.isEmpty ? .present : .changed(changes)
                reportStanding(entry.standing, kind: .organisations, id: stored.id.rawValue, row: &row)
            } else {
                entry.entity = draft.identified(
                    Identifier(
                        identifiers.make(
                            organisationNamed: name ?? "", shortName: row.text(.organisationShortName))))
            }
            parsed.append(entry)
        }
        return parsed
    }

    /// Notes on a row standing for an entity of the plan: already there, or its changes (applied
    /// with `--update`, otherwise a warning that they are not).
    func reportStanding(
        _ standing: RowStanding, kind: RegistrationSheetKind, id: String, row: inout RegistrationRow
    ) {
        switch standing {
        case .present:
            row.report(.info, kind.nameField, .alreadyInPlan(kind, id: id))
        case .changed(let changes):
            row.report(
                update ? .info : .warning, kind.nameField,
                .changedInPlan(kind, id: id, changes: changes, applied: update))
        case .new, .repeated:
            break
        }
    }

    /// The contact person of an organisation row, when any contact detail is given.
    private func contact(_ row: inout RegistrationRow, organisation: String?) -> Contact? {
        let name = row.text(.contactName)
        let phone = row.digits(.contactPhone, length: 10)
        let email = row.text(.contactEmail)
        guard name != nil || phone != nil || email != nil else { return nil }
        return Contact(
            name: name ?? organisation ?? "", position: row.text(.contactPosition), phone: phone, email: email
        )
    }

    /// Categories made outside agriculture (crafts, services).
    static let nonAgriculturalCategories: Set<ProductCategory> = [.handicraft, .tourismService]

    /// Fills in the sectors new organisations left empty: credit for a credit fund,
    /// non-agriculture when the organisation shows only crafts or services, agriculture otherwise.
    func inferSectors(_ organisations: inout [ParsedRow<Organisation>], products: [ParsedRow<Product>]) {
        var categories: [Identifier<Organisation>: [ProductCategory]] = [:]
        for product in products {
            if let category = product.entity.category {
                categories[product.entity.owner, default: []].append(category)
            }
        }
        for index in organisations.indices
        where !organisations[index].sectorGiven && organisations[index].standing == .new {
            let owned = categories[organisations[index].entity.id, default: []]
            organisations[index].entity.sector =
                organisations[index].entity.kind == .peoplesCreditFund
                ? .credit
                : !owned.isEmpty && owned.allSatisfy(Self.nonAgriculturalCategories.contains)
                    ? .nonAgricultural : .agricultural
        }
    }
}
