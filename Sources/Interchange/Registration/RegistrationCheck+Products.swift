import Planning
import Sheets

extension RegistrationCheck {
    /// A product read from its row alone, before the rows before it and the plan are looked at.
    struct ProductDraft: Sendable {
        /// The product, without an identifier.
        var product: Product
        /// Its natural key (``NaturalKey/product(_:)``), nil without a name or an owner found.
        var key: String?
        /// The base of the identifier it gets when new.
        var identifierBase: String
    }

    /// The products of the Sản phẩm sheets, with their owners resolved and OCOP recognitions read;
    /// each found in the plan by owner and name (then present or changed), repeating an earlier
    /// row, or new with a new identifier.
    ///
    /// The rows are read on the machine's cores (``drafts(of:_:)``); repeats, the plan's
    /// products and identifiers are then worked out in row order.
    mutating func parseProducts(index: OrganisationLookup) -> [ParsedRow<Product>] {
        let drafts = drafts(of: .products) { row, memo in Self.draftProduct(&row, index: index, memo: &memo) }
        var parsed: [ParsedRow<Product>] = []
        parsed.reserveCapacity(drafts.count)
        var firstKeys: Set<ByteKey> = []
        for (rowIndex, draft) in drafts.enumerated() {
            var entry = ParsedRow(row: rowIndex, entity: draft.product)
            entry.key = draft.key
            if let key = entry.key, !firstKeys.insert(ByteKey(key)).inserted {
                entry.standing = .repeated
            } else if entry.key != nil, let stored = keys.claimProduct(draft.product) {
                var row = rows[.products]![rowIndex]
                let (changes, merged) = Self.changes(of: stored, to: draft.product, row: row)
                entry.entity = merged
                entry.standing = changes.isEmpty ? .present : .changed(changes)
                reportStanding(entry.standing, kind: .products, id: stored.id.rawValue, row: &row)
                rows[.products]![rowIndex] = row
            } else {
                entry.entity = draft.product.identified(
                    Identifier(identifiers.make(base: draft.identifierBase, of: .product)))
            }
            parsed.append(entry)
        }
        return parsed
    }

    /// Reads a product from its row alone, its owner resolved through `index`, reporting the row's
    /// problems.
    static func draftProduct(_ row: inout RegistrationRow, index: OrganisationLookup, memo: inout DraftMemo)
        -> ProductDraft
    {
        let name = row.required(.productName)
        let owner = row.required(.productOwner).flatMap {
            resolve(
                $0, field: .productOwner, index: index, row: &row, required: true,
                references: &memo.organisationReferences)
        }
        var classification: OCOPClassification?
        if let written = row.text(.productSet) {
            let candidates: [OCOPProductSet]
            (classification, candidates) = memo.productSet(written)
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
        return ProductDraft(
            product: draft, key: name == nil || owner == nil ? nil : NaturalKey.product(draft),
            identifierBase: IdentifierMaker.base(.product, from: name ?? ""))
    }

    /// The OCOP recognition of a product row: none when stars, decision number and date are all
    /// empty; all three are needed otherwise.
    private static func recognition(_ row: inout RegistrationRow) -> OCOPRecognition? {
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
        guard let stars, let number, let date else {
            // With no recognition to validate, the plan's rule on stars is checked here: every
            // problem of the row at once, not the stars after the date is fixed (QA 41 #6).
            if let stars, !(3...5).contains(stars) {
                let subject = Subject(.product, id: "", label: row.text(.productName) ?? "")
                let finding = Finding(
                    .error, .starsOutOfRange, subject: subject, message: .starsOutOfRange(stars: stars))
                row.append(Self.problem(finding, field: .stars, on: row))
            }
            return nil
        }
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
        Self.resolve(
            written, field: field, index: index, row: &row, required: required,
            references: &references.organisations)
    }

    /// The organisation `written` names, as ``resolve(_:field:index:row:required:)``; the text
    /// looked up is added to `references`.
    static func resolve(
        _ written: String, field: RegistrationField, index: OrganisationLookup, row: inout RegistrationRow,
        required: Bool, references: inout Set<String>
    ) -> Identifier<Organisation>? {
        let code = Self.writtenCode(written)
        let typed = code?.description ?? written
        references.insert(typed)
        switch index.resolve(typed) {
        case .found(let organisation):
            return organisation.id
        case .ambiguous(var candidates):
            if let own = index.ownOnly {
                // A public submission names its own organisations only: one of them fitting is
                // the one meant; none fitting is another's, said at once, not after a code is
                // asked for and then refused.
                candidates = candidates.filter { own.contains($0.id) }
                if candidates.count == 1 { return candidates[0].id }
                if candidates.isEmpty {
                    row.report(.error, field, .outsideSubmission(field))
                    return nil
                }
            }
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
        // As the command line lists them: an organisation without a code is told apart by its
        // identifier and province (QA 43 #4).
        let parts =
            [organisation.id.rawValue] + [organisation.registrationCode?.description].compactMap { $0 }
            + [organisation.province.officialName].filter { !$0.isEmpty }
        return "\(organisation.name) (\(parts.joined(separator: ", ")))"
    }
}
