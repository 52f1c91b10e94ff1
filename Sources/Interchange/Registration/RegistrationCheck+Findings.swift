import Planning

extension RegistrationCheck {
    /// Runs the Planning rules on the plan with the new entities and files each finding about a new
    /// entity under its row and column. A finding on a field that already has an error from
    /// reading the cell is left out (it would say the same thing twice).
    mutating func applyFindings(
        organisations: [ParsedRow<Organisation>], products: [ParsedRow<Product>],
        people: [ParsedRow<Delegate>]
    ) {
        var candidate = plan
        candidate.organisations += organisations.map(\.entity)
        candidate.products += products.map(\.entity)
        candidate.people += people.map(\.entity.person)
        var rowOf: [String: (RegistrationSheetKind, Int)] = [:]
        for parsed in organisations {
            rowOf["organisation\u{0}\(parsed.entity.id)"] = (.organisations, parsed.row)
        }
        for parsed in products { rowOf["product\u{0}\(parsed.entity.id)"] = (.products, parsed.row) }
        for parsed in people { rowOf["person\u{0}\(parsed.entity.person.id)"] = (.delegates, parsed.row) }

        for finding in PlanValidator().validate(candidate) {
            let subjects = [finding.subject] + finding.related
            guard
                let (kind, index) = subjects.lazy.compactMap({ rowOf["\($0.kind.rawValue)\u{0}\($0.id)"] })
                    .first
            else { continue }
            var row = rows[kind]![index]
            let field = Self.field(of: finding.code, on: kind)
            let alreadyReported = row.problems.contains {
                $0.severity == .error && ($0.field == field || field == nil && $0.field == kind.nameField)
            }
            guard !alreadyReported else { continue }
            row.append(
                SheetProblem(
                    finding.severity, file: row.file, sheet: row.sheet, row: row.number,
                    column: field.flatMap { row.layout.columns[$0] }.map { $0 + 1 }, field: field,
                    code: finding.code, message: .finding(finding)))
            rows[kind]![index] = row
        }
    }

    /// The column a Planning rule points at, on a sheet of the given kind.
    static func field(of code: FindingCode, on kind: RegistrationSheetKind) -> RegistrationField? {
        switch (code, kind) {
        case (.duplicateRegistrationCode, _), (.malformedRegistrationCode, _), (.missingRegistrationCode, _):
            .organisationCode
        case (.unknownProvince, .organisations): .organisationProvince
        case (.unknownProvince, .delegates): .delegateProvince
        case (.tooFewMembers, _): .organisationMembers
        case (.nameDoesNotMatchKind, _): .organisationKind
        case (.sectorDoesNotMatchKind, _): .organisationSector
        case (.possibleDuplicateOrganisation, _): .organisationName
        case (.malformedPhone, .organisations): .contactPhone
        case (.malformedPhone, .delegates): .delegatePhone
        case (.malformedEmail, .organisations): .contactEmail
        case (.malformedEmail, .delegates): .delegateEmail
        case (.unknownProductOwner, _): .productOwner
        case (.starsOutOfRange, _): .stars
        case (.certificateExpired, _), (.certificateExpiresDuringEvent, _), (.certificateNotYetValid, _),
            (.certificateRenewalDue, _), (.criteriaBasisMismatch, _):
            .decisionDate
        case (.issuingLevelMismatch, _): .issuingLevel
        case (.malformedDecisionNumber, _): .decisionNumber
        case (.duplicateProduct, _): .productName
        case (.unclassifiedProduct, _): .productSet
        case (.personWithoutName, _), (.duplicatePerson, _): .fullName
        case (.unknownPersonOrganisation, _): .delegateOrganisation
        default: nil
        }
    }

    /// Leaves out, when skipping invalid rows, the products of organisations whose row has an
    /// error, and unlinks delegates from them (keeping the name as their unit).
    mutating func skipDependents(
        organisations: [ParsedRow<Organisation>], products: inout [ParsedRow<Product>],
        people: inout [ParsedRow<Delegate>], lookup: OrganisationLookup
    ) {
        let organisationRows = rows[.organisations, default: []]
        // The draft organisation of the sheet named by `id`, when its row has an error.
        func invalid(_ id: Identifier<Organisation>) -> ParsedRow<Organisation>? {
            guard let row = lookup.row(of: id), organisations.indices.contains(row),
                organisationRows[row].hasError
            else { return nil }
            return organisations[row]
        }
        for index in products.indices {
            guard let owner = invalid(products[index].entity.owner),
                !rows[.products]![products[index].row].hasError
            else { continue }
            products[index].skipped = true
            let ownerRow = organisationRows[owner.row].number
            rows[.products]![products[index].row].report(
                .warning, .productOwner, .productSkippedWithOwner(owner: owner.entity.name, row: ownerRow))
        }
        for index in people.indices {
            guard let id = people[index].entity.person.organisation, let owner = invalid(id) else { continue }
            people[index].entity.person.organisation = nil
            if people[index].entity.person.unit == nil {
                people[index].entity.person.unit = owner.entity.name
            }
            let ownerRow = organisationRows[owner.row].number
            rows[.delegates]![people[index].row].report(
                .warning, .delegateOrganisation,
                .delegateUnlinkedFromOrganisation(organisation: owner.entity.name, row: ownerRow))
        }
    }

    /// The report: problems sorted by file, sheet, row and column; counts; the batch to import.
    func report(
        files: [String], organisations: [ParsedRow<Organisation>], products: [ParsedRow<Product>],
        people: [ParsedRow<Delegate>]
    ) -> RegistrationReport {
        var problems = fileProblems
        for kind in RegistrationSheetKind.allCases { problems += rows[kind, default: []].flatMap(\.problems) }
        let fileOrder = Dictionary(
            files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        problems.sort { lhs, rhs in
            let left = (
                fileOrder[lhs.file] ?? 0, sheetOrder["\(lhs.file)\u{0}\(lhs.sheet ?? "")"] ?? -1,
                lhs.row ?? 0,
                lhs.column ?? 0
            )
            let right = (
                fileOrder[rhs.file] ?? 0, sheetOrder["\(rhs.file)\u{0}\(rhs.sheet ?? "")"] ?? -1,
                rhs.row ?? 0,
                rhs.column ?? 0
            )
            return left < right
        }
        func accepted<Entity>(_ parsed: [ParsedRow<Entity>], _ kind: RegistrationSheetKind) -> [ParsedRow<
            Entity
        >] {
            parsed.filter { !$0.skipped && !rows[kind]![$0.row].hasError }
        }
        let goodOrganisations = accepted(organisations, .organisations)
        let goodProducts = accepted(products, .products)
        let goodPeople = accepted(people, .delegates)
        let counts = [
            RegistrationReport.SheetCount(
                kind: .organisations, rows: organisations.count, valid: goodOrganisations.count),
            RegistrationReport.SheetCount(kind: .products, rows: products.count, valid: goodProducts.count),
            RegistrationReport.SheetCount(kind: .delegates, rows: people.count, valid: goodPeople.count),
        ]
        var report = RegistrationReport(
            files: files, problems: problems, counts: counts, batch: RegistrationBatch(),
            skipInvalid: skipInvalid)
        if report.isImportable {
            report.batch = RegistrationBatch(
                organisations: goodOrganisations.map(\.entity), products: goodProducts.map(\.entity),
                people: goodPeople.map(\.entity.person), attendees: goodPeople.map(\.entity.attendee))
        }
        return report
    }
}
