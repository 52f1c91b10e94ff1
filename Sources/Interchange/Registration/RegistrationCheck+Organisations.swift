import Planning

extension RegistrationCheck {
    /// An organisation read from its row alone, before the rows before it and the plan are
    /// looked at.
    struct OrganisationDraft: Sendable {
        /// The organisation, without an identifier.
        var organisation: Organisation
        /// Whether its sector was written.
        var sectorGiven: Bool
        /// Its natural key (``NaturalKey/organisation(_:)``), nil without a name.
        var key: String?
        /// The base of the identifier it gets when new (``IdentifierMaker/base(organisationNamed:shortName:)``).
        var identifierBase: String
    }

    /// The organisations of the Tổ chức sheets, each found in the plan by its natural key (then
    /// present or changed), repeating an earlier row, or new with a new identifier; sectors left
    /// empty are inferred later.
    ///
    /// The rows are read on the machine's cores (``drafts(of:_:)``); repeats, the plan's
    /// organisations and identifiers are then worked out in row order.
    mutating func parseOrganisations() -> [ParsedRow<Organisation>] {
        let drafts = drafts(of: .organisations, Self.draftOrganisation)
        var parsed: [ParsedRow<Organisation>] = []
        parsed.reserveCapacity(drafts.count)
        var firstKeys: Set<ByteKey> = []
        for (index, draft) in drafts.enumerated() {
            var entry = ParsedRow(row: index, entity: draft.organisation, sectorGiven: draft.sectorGiven)
            entry.key = draft.key
            if let key = entry.key, !firstKeys.insert(ByteKey(key)).inserted {
                entry.standing = .repeated
            } else if entry.key != nil, let stored = keys.claimOrganisation(draft.organisation) {
                var row = rows[.organisations]![index]
                let (changes, merged) = Self.changes(of: stored, to: draft.organisation, row: row)
                entry.entity = merged
                entry.standing = changes.isEmpty ? .present : .changed(changes)
                reportStanding(entry.standing, kind: .organisations, id: stored.id.rawValue, row: &row)
                rows[.organisations]![index] = row
            } else {
                entry.entity = draft.organisation.identified(
                    Identifier(identifiers.make(base: draft.identifierBase, of: .organisation)))
            }
            parsed.append(entry)
        }
        return parsed
    }

    /// Reads an organisation from its row alone, reporting the row's problems.
    static func draftOrganisation(_ row: inout RegistrationRow, memo: inout DraftMemo)
        -> OrganisationDraft
    {
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
        let members = row.count(.organisationMembers, in: Limits.organisationMembers)
        let contact = contact(&row, organisation: name)
        let resolvedKind = kind ?? .cooperative
        let shortName = row.text(.organisationShortName)
        let draft = Organisation(
            id: Identifier(""), name: name ?? "", shortName: shortName,
            kind: resolvedKind,
            sector: sector ?? (resolvedKind == .peoplesCreditFund ? .credit : .agricultural),
            registrationCode: code, province: memo.province(province ?? ""),
            address: row.text(.organisationAddress), contacts: contact.map { [$0] } ?? [],
            memberCount: members)
        return OrganisationDraft(
            organisation: draft, sectorGiven: sector != nil,
            key: name == nil ? nil : NaturalKey.organisation(draft),
            identifierBase: IdentifierMaker.base(organisationNamed: name ?? "", shortName: shortName))
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
    private static func contact(_ row: inout RegistrationRow, organisation: String?) -> Contact? {
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
