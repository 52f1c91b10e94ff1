import Planning

extension RegistrationCheck {
    /// Runs the Planning rules on the plan with the rows to write (new entities, and with
    /// `--update` the changed ones in place of the plan's) and files each finding about one of them
    /// under its row and column. Rows already in the plan unchanged, and rows repeating earlier
    /// ones, are not written and not checked again. A finding on a field that already has an error
    /// from reading the cell is left out (it would say the same thing twice).
    mutating func applyFindings(
        organisations: [ParsedRow<Organisation>], products: [ParsedRow<Product>],
        people: [ParsedRow<Delegate>], parties: [ParsedRow<BoothRegistration>]
    ) {
        // The rows written, by position, read in place: at national scale, filtered copies of the
        // parsed rows were the check's peak memory, and copying each row to look at its standing
        // a tenth of its time.
        let update = update
        func written<Entity>(_ parsed: [ParsedRow<Entity>]) -> [Int] {
            parsed.indices.filter {
                parsed[$0].standing == .new || update && !parsed[$0].standing.changes.isEmpty
            }
        }
        func changed<Entity: Identifiable>(_ parsed: [ParsedRow<Entity>], _ rows: [Int]) -> [Entity.ID:
            Entity]
        {
            var changed: [Entity.ID: Entity] = [:]
            for index in rows
            where !parsed[index].standing.changes.isEmpty && changed[parsed[index].entity.id] == nil {
                changed[parsed[index].entity.id] = parsed[index].entity
            }
            return changed
        }
        func replacing<Entity: Identifiable>(_ stored: [Entity], with changed: [Entity.ID: Entity])
            -> [Entity]
        {
            changed.isEmpty ? stored : stored.map { changed[$0.id] ?? $0 }
        }
        func appendNew<Entity, Value>(
            _ parsed: [ParsedRow<Entity>], _ rows: [Int], to list: inout [Value], _ value: (Entity) -> Value
        ) {
            let new = rows.filter { parsed[$0].standing == .new }
            list.reserveCapacity(list.count + new.count)
            for index in new { list.append(value(parsed[index].entity)) }
        }
        let writtenOrganisations = written(organisations)
        let writtenProducts = written(products)
        let writtenPeople = written(people)
        let writtenParties = written(parties)
        guard
            !writtenOrganisations.isEmpty || !writtenProducts.isEmpty || !writtenPeople.isEmpty
                || !writtenParties.isEmpty
        else {
            return
        }
        var candidate = plan
        if update {
            candidate.organisations = replacing(
                candidate.organisations, with: changed(organisations, writtenOrganisations))
            candidate.products = replacing(candidate.products, with: changed(products, writtenProducts))
            var changedPeople: [Identifier<Person>: Person] = [:]
            for index in writtenPeople
            where !people[index].standing.changes.isEmpty
                && changedPeople[people[index].entity.person.id] == nil
            {
                changedPeople[people[index].entity.person.id] = people[index].entity.person
            }
            if !changedPeople.isEmpty {
                candidate.people = candidate.people.map { changedPeople[$0.id] ?? $0 }
            }
            Self.replaceParties(
                in: &candidate,
                with: writtenParties.filter { !parties[$0].standing.changes.isEmpty }.map {
                    parties[$0].entity
                })
        }
        appendNew(organisations, writtenOrganisations, to: &candidate.organisations) { $0 }
        appendNew(products, writtenProducts, to: &candidate.products) { $0 }
        appendNew(people, writtenPeople, to: &candidate.people) { $0.person }
        appendNew(parties, writtenParties, to: &candidate.parties) { $0.party }
        appendNew(parties, writtenParties, to: &candidate.boothRequests) { $0.request }
        let findings = PlanValidator().validate(candidate)
        guard !findings.isEmpty else { return }

        // The rows of the entities the findings are about, found by the findings' identifiers:
        // a registry's tens of thousands of rows are not all keyed for a few dozen findings.
        var named: [Subject.Kind: Set<String>] = [:]
        for finding in findings {
            for subject in [finding.subject] + finding.related {
                named[subject.kind, default: []].insert(subject.id)
            }
        }
        var rowOf: [Subject.Kind: [String: (RegistrationSheetKind, Int)]] = [:]
        func note(_ kind: Subject.Kind, _ id: String, _ sheet: RegistrationSheetKind, _ row: Int) {
            if named[kind]?.contains(id) == true { rowOf[kind, default: [:]][id] = (sheet, row) }
        }
        for index in writtenOrganisations {
            note(
                .organisation, organisations[index].entity.id.rawValue, .organisations,
                organisations[index].row)
        }
        // Products whose row wrote «Hiệu lực đến»: what their validity says about expiry is beside it.
        var statedValidity: Set<String> = []
        for index in writtenProducts {
            note(.product, products[index].entity.id.rawValue, .products, products[index].row)
            if products[index].entity.recognition?.statedValidUntil != nil {
                statedValidity.insert(products[index].entity.id.rawValue)
            }
        }
        for index in writtenPeople {
            note(.person, people[index].entity.person.id.rawValue, .delegates, people[index].row)
        }
        for index in writtenParties {
            note(.party, parties[index].entity.party.id.rawValue, .boothRequests, parties[index].row)
            note(.boothRequest, parties[index].entity.request.id.rawValue, .boothRequests, parties[index].row)
        }

        for finding in findings {
            if finding.code == .organisationInTwoParties, !writtenParties.isEmpty {
                fileOrganisationInTwoParties(finding, parties: writtenParties.map { parties[$0] })
                continue
            }
            let subjects = [finding.subject] + finding.related
            guard let (kind, index) = subjects.lazy.compactMap({ rowOf[$0.kind]?[$0.id] }).first else {
                continue
            }
            var row = rows[kind]![index]
            var field = Self.field(of: finding.code, on: kind)
            let expiry: Set<FindingCode> = [
                .certificateExpired, .certificateExpiresDuringEvent, .certificateRenewalDue,
            ]
            if kind == .products, expiry.contains(finding.code), statedValidity.contains(finding.subject.id) {
                field = .validUntil
            }
            // A party's province and organisation are one choice: an error on either says it.
            let pair: Set<RegistrationField> = [.partyProvince, .partyOrganisation]
            let alreadyReported = row.problems.contains {
                $0.severity == .error
                    && ($0.field == field || field == nil && $0.field == kind.nameField
                        || field.map(pair.contains) == true && $0.field.map(pair.contains) == true)
            }
            // A row refused for having no name gets no finding about what the name says (QA 41 #11).
            let nameMissing =
                finding.code == .nameDoesNotMatchKind
                && row.problems.contains { $0.severity == .error && $0.field == kind.nameField }
            guard !alreadyReported && !nameMissing else { continue }
            row.append(Self.problem(finding, field: field, on: row))
            rows[kind]![index] = row
        }
    }

    /// A Planning finding placed on a row, at a field's column.
    static func problem(_ finding: Finding, field: RegistrationField?, on row: RegistrationRow)
        -> SheetProblem
    {
        SheetProblem(
            finding.severity, file: row.file, sheet: row.sheet, row: row.number,
            column: field.flatMap { row.layout.columns[$0] }.map { $0 + 1 }, field: field,
            code: finding.code, message: .finding(finding))
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
        case (.birthDateImplausible, _): .dateOfBirth
        case (.unknownPersonOrganisation, _): .delegateOrganisation
        case (.unknownProvince, .boothRequests): .partyProvince
        case (.malformedPhone, .boothRequests): .partyPhone
        case (.invalidBoothCount, .boothRequests): .boothsWanted
        case (.unknownSharingOrganisation, .boothRequests), (.sharingOutsideProvince, .boothRequests),
            (.organisationInTwoParties, .boothRequests):
            .sharedWith
        case (.unknownRequestProduct, .boothRequests), (.productOwnerNotSharing, .boothRequests):
            .productsShown
        case (.coldChainNotRequested, .boothRequests): .needsColdStorage
        case (.unknownPartyOrganisation, .boothRequests): .partyOrganisation
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
            var row = rows[.delegates]![people[index].row]
            row.report(
                .warning, .delegateOrganisation,
                .delegateUnlinkedFromOrganisation(organisation: owner.entity.name, row: ownerRow))
            // Unlinked, the delegate may be one the plan holds under that unit (imported so before).
            if people[index].standing == .new { _ = claimPerson(&people[index], row: &row) }
            rows[.delegates]![people[index].row] = row
        }
    }

    /// The report: problems sorted by file, sheet, row and column (stable: problems of one cell in
    /// the order found); counts; the batch to import.
    func report(
        files: [String], organisations: [ParsedRow<Organisation>], products: [ParsedRow<Product>],
        people: [ParsedRow<Delegate>], parties: [ParsedRow<BoothRegistration>]
    ) -> RegistrationReport {
        var problems = fileProblems
        for kind in RegistrationSheetKind.allCases { problems += rows[kind, default: []].flatMap(\.problems) }
        let fileOrder = Dictionary(
            files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let sortKeys = problems.enumerated().map { position, problem in
            (
                fileOrder[problem.file] ?? 0, sheetOrder["\(problem.file)\u{0}\(problem.sheet ?? "")"] ?? -1,
                problem.row ?? 0, problem.column ?? 0, position
            )
        }
        problems = sortKeys.sorted { $0 < $1 }.map { problems[$0.4] }
        // One pass per list, straight into arrays of the exact size: at national scale, filtered
        // copies of the parsed rows beside the entities they hold were the check's peak memory.
        // Rows are read in place, by position: copying each to look at its standing cost more
        // than the rest of the report.
        func isAccepted<Entity>(_ parsed: [ParsedRow<Entity>], _ index: Int, _ kind: RegistrationSheetKind)
            -> Bool
        {
            !parsed[index].skipped && !rows[kind]![parsed[index].row].hasError
        }
        func count<Entity>(_ kind: RegistrationSheetKind, _ parsed: [ParsedRow<Entity>])
            -> RegistrationReport.SheetCount
        {
            var (valid, present, changed) = (0, 0, 0)
            for index in parsed.indices {
                if isAccepted(parsed, index, kind) { valid += 1 }
                if parsed[index].standing == .present { present += 1 }
                if !parsed[index].standing.changes.isEmpty { changed += 1 }
            }
            return RegistrationReport.SheetCount(
                kind: kind, rows: parsed.count, valid: valid, present: present, changed: changed)
        }
        let counts = [
            count(.organisations, organisations), count(.products, products), count(.delegates, people),
            count(.boothRequests, parties),
        ]
        var report = RegistrationReport(
            files: files, problems: problems, counts: counts, batch: RegistrationBatch(),
            skipInvalid: skipInvalid, update: update)
        guard report.isImportable else { return report }
        func collect<Entity, Value>(
            _ parsed: [ParsedRow<Entity>], _ kind: RegistrationSheetKind,
            where wanted: (ParsedRow<Entity>) -> Bool, _ value: (Entity) -> Value
        ) -> [Value] {
            let chosen = parsed.indices.filter { wanted(parsed[$0]) && isAccepted(parsed, $0, kind) }
            var values: [Value] = []
            values.reserveCapacity(chosen.count)
            for index in chosen { values.append(value(parsed[index].entity)) }
            return values
        }
        func isNew<Entity>(_ row: ParsedRow<Entity>) -> Bool { row.standing == .new }
        func isChanged<Entity>(_ row: ParsedRow<Entity>) -> Bool { update && !row.standing.changes.isEmpty }
        report.batch = RegistrationBatch(
            organisations: collect(organisations, .organisations, where: isNew) { $0 },
            products: collect(products, .products, where: isNew) { $0 },
            people: collect(people, .delegates, where: isNew, \.person),
            attendees: collect(people, .delegates, where: isNew, \.attendee)
                + collect(
                    people, .delegates, where: { isChanged($0) && $0.entity.attendanceChanged }, \.attendee))
        report.batch.updatedOrganisations = collect(organisations, .organisations, where: isChanged) { $0 }
        report.batch.updatedProducts = collect(products, .products, where: isChanged) { $0 }
        report.batch.updatedPeople = collect(
            people, .delegates,
            where: { row in
                isChanged(row)
                    && row.standing.changes.contains { $0.field != .role && $0.field != .attendance }
            }, \.person)
        report.batch.parties = collect(parties, .boothRequests, where: isNew, \.party)
        report.batch.boothRequests = collect(parties, .boothRequests, where: isNew, \.request)
        report.batch.updatedParties = collect(parties, .boothRequests, where: isChanged, \.party)
        report.batch.updatedBoothRequests = collect(parties, .boothRequests, where: isChanged, \.request)
        return report
    }
}
