import Planning

extension RegistrationCheck {
    /// The organisations of the Tổ chức sheets; sectors left empty are inferred later.
    mutating func parseOrganisations() -> [ParsedRow<Organisation>] {
        var parsed: [ParsedRow<Organisation>] = []
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
            let code = row.digits(.organisationCode, length: 10)
            let province = row.required(.organisationProvince)
            let members = row.count(.organisationMembers)
            let contact = contact(&row, organisation: name)
            let resolvedKind = kind ?? .cooperative
            let organisation = Organisation(
                id: Identifier(
                    identifiers.make(
                        organisationNamed: name ?? "", shortName: row.text(.organisationShortName))),
                name: name ?? "", shortName: row.text(.organisationShortName), kind: resolvedKind,
                sector: sector ?? (resolvedKind == .peoplesCreditFund ? .credit : .agricultural),
                registrationCode: code, province: ProvinceReference(province ?? ""),
                address: row.text(.organisationAddress), contacts: contact.map { [$0] } ?? [],
                memberCount: members)
            parsed.append(ParsedRow(row: index, entity: organisation, sectorGiven: sector != nil))
        }
        return parsed
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

    /// Fills in sectors left empty: credit for a credit fund, non-agriculture when the organisation
    /// shows only crafts or services, agriculture otherwise.
    func inferSectors(_ organisations: inout [ParsedRow<Organisation>], products: [ParsedRow<Product>]) {
        for index in organisations.indices where !organisations[index].sectorGiven {
            let id = organisations[index].entity.id
            let kind = organisations[index].entity.kind
            let categories = products.filter { $0.entity.owner == id }.compactMap(\.entity.category)
            organisations[index].entity.sector =
                kind == .peoplesCreditFund
                ? .credit
                : !categories.isEmpty && categories.allSatisfy(Self.nonAgriculturalCategories.contains)
                    ? .nonAgricultural : .agricultural
        }
    }
}
