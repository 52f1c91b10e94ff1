import Planning
import Sheets

extension RegistrationCheck {
    /// The products of the Sản phẩm sheets, with their owners resolved and OCOP recognitions read.
    mutating func parseProducts(index: OrganisationLookup) -> [ParsedRow<Product>] {
        var parsed: [ParsedRow<Product>] = []
        for rowIndex in rows[.products, default: []].indices {
            var row = rows[.products]![rowIndex]
            defer { rows[.products]![rowIndex] = row }
            let name = row.required(.productName)
            let owner = row.required(.productOwner).flatMap {
                resolve($0, field: .productOwner, index: index, row: &row, required: true)
            }
            var classification: OCOPClassification?
            if let written = row.text(.productSet) {
                classification = OCOPCatalogue.classify(written)
                let candidates = classification == nil ? OCOPCatalogue.productSets(matching: written) : []
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
            let product = Product(
                id: Identifier(identifiers.make(.product, from: name ?? "")), name: name ?? "",
                owner: owner ?? Identifier(""), classification: classification,
                recognition: recognition(&row), needsColdChain: row.flag(.coldChain))
            parsed.append(ParsedRow(row: rowIndex, entity: product))
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
    /// short name, through ``OrganisationLookup``); reports it when unknown or ambiguous.
    func resolve(
        _ written: String, field: RegistrationField, index: OrganisationLookup, row: inout RegistrationRow,
        required: Bool
    ) -> Identifier<Organisation>? {
        switch index.resolve(written) {
        case .found(let organisation):
            return organisation.id
        case .ambiguous(let candidates):
            row.report(
                .error, field,
                .organisationAmbiguous(written: written, candidates: candidates.map(Self.label)))
            return nil
        case .notFound(let suggestions):
            let names = suggestions.prefix(3).map(\.name)
            if required {
                row.report(.error, field, .organisationNotFound(written: written, suggestions: names))
            } else {
                row.report(
                    .warning, field, .organisationNotFoundKeptAsUnit(written: written, suggestions: names))
            }
            return nil
        }
    }

    /// How a candidate organisation is listed: its name, with its registration code when it has one.
    static func label(_ organisation: Organisation) -> String {
        organisation.registrationCode.map { "\(organisation.name), \($0)" } ?? organisation.name
    }
}
