import Planning
import Sheets

extension RegistrationCheck {
    /// The products of the Sản phẩm sheets, with their owners resolved and OCOP recognitions read;
    /// each found in the plan by owner and name (then present or changed), repeating an earlier
    /// row, or new with a new identifier.
    mutating func parseProducts(index: OrganisationLookup) -> [ParsedRow<Product>] {
        var parsed: [ParsedRow<Product>] = []
        parsed.reserveCapacity(rows[.products]?.count ?? 0)
        var firstKeys: Set<ByteKey> = []
        for rowIndex in rows[.products, default: []].indices {
            var row = rows[.products]![rowIndex]
            defer { rows[.products]![rowIndex] = row }
            let name = row.required(.productName)
            let owner = row.required(.productOwner).flatMap {
                resolve($0, field: .productOwner, index: index, row: &row, required: true)
            }
            var classification: OCOPClassification?
            if let written = row.text(.productSet) {
                let candidates: [OCOPProductSet]
                (classification, candidates) = productSet(written)
                if candidates.count == 1 {
                    classification = .productSet(candidates[0].number)
                    row.report(
                        .info, .productSet,
                        .productSetInterpreted(written: written, set: candidates[0].number))
                } else if candidates.count > 1 {
                    row.report(
                        .error, .productSet,
                        .productSetAmbiguous(written: written, sets: candidates.map(\.number)))
                } else if classification == nil {
                    row.report(.error, .productSet, .productSetUnknown(written))
                }
            }
            let draft = Product(
                id: Identifier(""), name: name ?? "", owner: owner ?? Identifier(""),
                classification: classification, recognition: recognition(&row),
                needsColdChain: row.flag(.coldChain))
            var entry = ParsedRow(row: rowIndex, entity: draft)
            entry.key = name == nil || owner == nil ? nil : NaturalKey.product(draft)
            if let key = entry.key, !firstKeys.insert(ByteKey(key)).inserted {
                entry.standing = .repeated
            } else if entry.key != nil, let stored = keys.claimProduct(draft) {
                let (changes, merged) = Self.changes(of: stored, to: draft, row: row)
                entry.entity = merged
                entry.standing = changes.isEmpty ? .present : .changed(changes)
                reportStanding(entry.standing, kind: .products, id: stored.id.rawValue, row: &row)
            } else {
                entry.entity = draft.identified(Identifier(identifiers.make(.product, from: name ?? "")))
            }
            parsed.append(entry)
        }
        return parsed
    }

    /// The OCOP recognition of a product row: none when stars, decision number and date are all
    /// empty; all three are needed otherwise.
    private func recognition(_ row: inout RegistrationRow) -> OCOPRecognition? {
        let stars = row.stars(.stars)
        let number = row.text(.decisionNumber)
        let date = row.date(.decisionDate)
        let level = row.word(.issuingLevel, in: RegistrationVocabulary.issuingLevels)
        let validUntil = row.date(.validUntil)
        let anyGiven =
            row.raw(.stars) != .empty || row.raw(.decisionNumber) != .empty
            || row.raw(.decisionDate) != .empty
        guard anyGiven else { return nil }
        let missing: [(RegistrationField, Bool)] = [
            (.stars, row.raw(.stars) == .empty), (.decisionNumber, number == nil),
            (.decisionDate, row.raw(.decisionDate) == .empty),
        ]
        for (field, isMissing) in missing where isMissing {
            row.report(.error, field, .recognitionIncomplete(missing: field))
        }
        guard let stars, let number, let date else { return nil }
        return OCOPRecognition(
            stars: stars, decisionNumber: number, decisionDate: date, issuingBody: row.text(.issuingBody),
            issuingLevel: level, productCode: row.text(.productCode), statedValidUntil: validUntil)
    }

    /// The organisation a product or delegate names (by identifier, registration code, full or
    /// short name, through ``OrganisationLookup``); reports it when unknown or ambiguous. A code
    /// that lost its leading zero is looked up, and named, with the zero restored.
    func resolve(
        _ written: String, field: RegistrationField, index: OrganisationLookup, row: inout RegistrationRow,
        required: Bool
    ) -> Identifier<Organisation>? {
        let code = Self.writtenCode(written)
        let typed = code?.description ?? written
        references.organisations.insert(typed)
        switch index.resolve(typed) {
        case .found(let organisation):
            return organisation.id
        case .ambiguous(let candidates):
            row.report(
                .error, field,
                .organisationAmbiguous(written: written, candidates: candidates.map(Self.label)))
            return nil
        case .notFound(let suggestions):
            let names = code == nil ? suggestions.prefix(3).map(\.name) : []
            if required {
                row.report(.error, field, .organisationNotFound(written: typed, suggestions: names))
            } else if let code {
                row.report(.warning, field, .organisationCodeNotFound(code: code.description))
            } else {
                row.report(
                    .warning, field, .organisationNotFoundKeptAsUnit(written: written, suggestions: names))
            }
            return nil
        }
    }

    /// The registration code a cell naming an organisation holds, its lost leading zero restored;
    /// nil when the text is not a code.
    static func writtenCode(_ written: String) -> RegistrationCode? {
        RegistrationCode(written) ?? RegistrationCode.restoringLostLeadingZero(written)
    }

    /// How a candidate organisation is listed: its name, with its registration code when it has one.
    static func label(_ organisation: Organisation) -> String {
        organisation.registrationCode.map { "\(organisation.name), \($0)" } ?? organisation.name
    }
}
