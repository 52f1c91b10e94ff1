import Planning
import Sheets

/// One run of the registration check: collects the rows of every sheet, builds the entities,
/// validates them with the plan and gathers the problems.
struct RegistrationCheck {
    /// The plan registrations are added to.
    let plan: Plan
    /// Whether invalid rows are skipped.
    let skipInvalid: Bool
    /// Whether rows standing for entities of the plan with other values update them (`--update`).
    let update: Bool
    /// The plan's entities by natural key, each claimed by one row at most.
    var keys: PlanKeyIndex
    /// Problems about files and sheets rather than rows.
    var fileProblems: [SheetProblem] = []
    /// The data rows of each kind of sheet, in file and row order.
    var rows: [RegistrationSheetKind: [RegistrationRow]] = [:]
    /// Makes identifiers for new entities, avoiding those in use.
    var identifiers: IdentifierMaker
    /// The order in which sheets were met, for sorting problems.
    var sheetOrder: [String: Int] = [:]
    /// Provinces and product sets as resolved, by the text written: a registry writes a few dozen
    /// names tens of thousands of times (the pieces of rows read concurrently keep their own, taken
    /// in after).
    var memo = DraftMemo()

    /// Header texts that are expected beside the fields and ignored without a remark.
    static let ignoredHeaders: Set<String> = ["stt", "tt", "so thu tu", "no", "ghi chu", "notes", "note"]
    /// Sheet names that hold instructions, not data.
    static let instructionSheets: Set<String> = [
        "huong dan", "instructions", "readme", "doc truoc", "bo san pham ocop", "huong dan dien",
        "ocop product sets",
    ]

    /// The texts rows named organisations and products by, for ``RegistrationReport/focus``.
    let references = ReferenceLog()
    /// Whether the report gets its focus.
    var recordsFocus = false
    /// Whether the rows come from the portal's public forms (``RegistrationImporter/publicSubmission``):
    /// a booth request shows only products of the organisations sharing its booths, and products
    /// and delegates belong to the submission's own organisations (``reportForeignRows``).
    var publicSubmission = false
    /// With ``publicSubmission``, the organisations the stored booth request already shares its
    /// booths with (``RegistrationImporter/confirmedSharing``): «Dùng chung với» may name them
    /// besides the submission's own (``sharer(_:in:row:)``).
    var confirmedSharing: Set<Identifier<Organisation>> = []
    /// The most pieces the rows of a sheet are read in, concurrently (``drafts(of:_:)``): one per
    /// core. The outcome is the same for any number; the tests compare one with several.
    var draftPieces = ConcurrentWork.cores

    init(plan: Plan, skipInvalid: Bool, update: Bool, takenIdentifiers: Set<String> = []) {
        self.plan = plan
        self.skipInvalid = skipInvalid
        self.update = update
        keys = PlanKeyIndex(plan: plan)
        identifiers = IdentifierMaker(
            taken: Set(
                plan.organisations.map(\.id.rawValue) + plan.products.map(\.id.rawValue)
                    + plan.people.map(\.id.rawValue) + plan.parties.map(\.id.rawValue)
            ).union(takenIdentifiers))
    }

    /// The province `written` names, resolved once per distinct text.
    mutating func province(_ written: String) -> ProvinceReference {
        memo.province(written)
    }

    /// Collects the data rows of a workbook's sheets.
    mutating func collect(_ workbook: ReadWorkbook) {
        let file = workbook.fileName
        var recognised = 0
        var instructions = 0
        for sheet in workbook.sheets {
            sheetOrder["\(file)\u{0}\(sheet.name)"] = sheetOrder.count
            if Self.instructionSheets.contains(VietnameseText.searchKey(sheet.name)) {
                instructions += 1
                continue
            }
            guard let layout = RegistrationSheetLayout.recognise(sheet) else {
                if let kind = RegistrationSheetKind.recognise(sheetName: sheet.name) {
                    fileProblems.append(
                        SheetProblem(
                            .error, file: file, sheet: sheet.name,
                            message: .headerRowNotFound(
                                kind, depth: RegistrationSheetLayout.headerSearchDepth)))
                } else if !sheet.rows.isEmpty {
                    fileProblems.append(
                        SheetProblem(
                            .warning, file: file, sheet: sheet.name, message: .notARegistrationSheet))
                }
                continue
            }
            recognised += 1
            checkHeaders(layout, file: file, sheet: sheet)
            for index in sheet.rows.indices where index > layout.headerIndex {
                var row = RegistrationRow(
                    file: file, sheet: sheet.name, number: sheet.rowNumbers[index], cells: sheet.rows[index],
                    layout: layout)
                guard !row.isBlank else { continue }
                row.checkLengths()
                rows[layout.kind, default: []].append(row)
            }
        }
        if recognised == 0 && instructions == workbook.sheets.count {
            fileProblems.append(
                SheetProblem(.info, file: file, message: .instructionsOnly))
        } else if recognised == 0 {
            fileProblems.append(
                SheetProblem(.error, file: file, message: .noRegistrationSheet))
        }
    }

    /// Reports missing required columns, fields in two columns and unknown headers.
    mutating func checkHeaders(_ layout: RegistrationSheetLayout, file: String, sheet: ReadSheet) {
        let headerRow = sheet.rowNumbers[layout.headerIndex]
        for field in layout.kind.fields where field.isRequired && layout.columns[field] == nil {
            fileProblems.append(
                SheetProblem(
                    .error, file: file, sheet: sheet.name, field: field,
                    message: .missingRequiredColumn(field, headerRow: headerRow)))
        }
        for (field, columns) in layout.duplicates {
            fileProblems.append(
                SheetProblem(
                    .error, file: file, sheet: sheet.name, field: field,
                    message: .columnRepeated(field, columns: columns.map { $0 + 1 })))
        }
        for (column, text) in layout.unknownHeaders
        where !Self.ignoredHeaders.contains(RegistrationSheetLayout.headerKey(text)) {
            fileProblems.append(
                SheetProblem(
                    .info, file: file, sheet: sheet.name, row: headerRow, column: column + 1,
                    message: .unknownColumn(text)))
        }
    }

    /// Builds the entities, finds which rows stand for entities of the plan or repeat earlier rows,
    /// validates the rest and returns the report.
    ///
    /// Every step indexes once and looks rows up in those indexes: the time grows with the number
    /// of rows and entities, not with their product.
    mutating func finish(files: [String]) -> RegistrationReport {
        identifiers.reserveCapacity(rows.values.reduce(0) { $0 + $1.count })
        var organisations = parseOrganisations()
        var index = OrganisationLookup(plan: plan, rows: organisations)
        if publicSubmission { index.ownOnly = Set(Self.submissionsOwn(organisations).map(\.id)) }
        var products = parseProducts(index: index)
        inferSectors(&organisations, products: products)
        var people = parseDelegates(index: index)
        if publicSubmission {
            reportForeignRows(organisations: organisations, products: products, people: people)
        }
        // Products are indexed by name only when a booth request may name them.
        let productLookup =
            rows[.boothRequests, default: []].isEmpty ? nil : ProductLookup(plan: plan, rows: products)
        let sharing = sharingLookup(organisations: organisations)
        var parties = productLookup.map { parseParties(index: index, products: $0, sharing: sharing) } ?? []
        flagRepeats(organisations: organisations, products: products, people: people, parties: parties)
        // Every cell has been read, but for the findings on booth requests, which name the
        // organisations and products of their rows: the rest are let go before the rules run.
        let stillRead: Set<RegistrationSheetKind> = parties.isEmpty ? [] : [.organisations, .products]
        for kind in Array(rows.keys) where !stillRead.contains(kind) {
            for position in rows[kind, default: []].indices { rows[kind]![position].releaseCells() }
        }
        applyFindings(organisations: organisations, products: products, people: people, parties: parties)
        skipDependents(organisations: organisations, products: &products, people: &people, lookup: index)
        if let productLookup {
            skipParties(&parties, products: products, lookup: index, productLookup: productLookup)
        }
        if organisations.isEmpty && products.isEmpty && people.isEmpty && parties.isEmpty
            && fileProblems.isEmpty
        {
            fileProblems.append(
                SheetProblem(.warning, file: files.first ?? "", message: .noDataRows))
        }
        var report = report(
            files: files, organisations: organisations, products: products, people: people, parties: parties)
        if recordsFocus {
            report.focus = focus(
                organisations: organisations, products: products, people: people, parties: parties)
        }
        return report
    }
}
