import Planning

/// The organisations a product or delegate row may name: the plan's and the new ones of the sheet,
/// found through Planning's ``NameIndex`` by identifier, registration code (a lost leading zero
/// restored), full name or short name, tones kept, as ``PlanResolver/organisationIndex(_:)``
/// indexes them. An organisation of the plan that a row of the sheet stands for answers to the
/// names and code of both; a row repeating an earlier one is not indexed, so its names name the
/// earlier row's organisation.
struct OrganisationLookup: Sendable {
    /// An indexed organisation with every name and code it answers to.
    private struct Entry: Sendable {
        /// The organisation (a row's version for one of the plan a row stands for).
        var organisation: Organisation
        /// Its names: full and short, the plan's and the row's.
        var names: [String]
        /// Its registration codes, the plan's and the row's.
        var codes: [RegistrationCode]
    }

    /// The index over the plan's organisations, then the sheet's new ones.
    private let index: NameIndex<Entry>
    /// The row (index among the check's organisation rows) of each new organisation of the sheet.
    let draftRows: [Identifier<Organisation>: Int]
    /// On the portal's public forms, the submission's own organisations (its Tổ chức rows): a name
    /// several organisations answer to names the one of these it fits, and one fitting none of
    /// them is another's, which a public submission may not name (nil off the public forms).
    var ownOnly: Set<Identifier<Organisation>>?

    /// Indexes the plan's organisations and the organisations read from the sheet.
    init(plan: Plan, rows: [ParsedRow<Organisation>]) {
        var fromRows: [Identifier<Organisation>: Organisation] = [:]
        for parsed in rows where parsed.standing.isInPlan { fromRows[parsed.entity.id] = parsed.entity }
        func names(_ organisation: Organisation) -> [String] {
            [organisation.name, organisation.shortName].compactMap { $0 }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(plan.organisations.count + rows.count)
        for stored in plan.organisations {
            guard let row = fromRows[stored.id] else {
                entries.append(
                    Entry(
                        organisation: stored, names: names(stored),
                        codes: stored.registrationCode.map { [$0] } ?? []))
                continue
            }
            entries.append(
                Entry(
                    organisation: row, names: names(stored) + names(row),
                    codes: [stored.registrationCode, row.registrationCode].compactMap { $0 }))
        }
        var draftRows: [Identifier<Organisation>: Int] = [:]
        for parsed in rows where parsed.standing == .new {
            let draft = parsed.entity
            entries.append(
                Entry(
                    organisation: draft, names: names(draft), codes: draft.registrationCode.map { [$0] } ?? []
                ))
            if draftRows[draft.id] == nil { draftRows[draft.id] = parsed.row }
        }
        self.draftRows = draftRows
        index = NameIndex(
            entries, identifier: \.organisation.id.rawValue, names: \.names, codes: \.codes)
    }

    /// The organisation named by `written`.
    func resolve(_ written: String) -> NameMatch<Organisation> {
        switch index.resolve(written) {
        case .found(let entry): .found(entry.organisation)
        case .ambiguous(let entries): .ambiguous(entries.map(\.organisation))
        case .notFound(let suggestions): .notFound(suggestions: suggestions.map(\.organisation))
        }
    }

    /// The sheet row of a new organisation, nil for one of the plan.
    func row(of id: Identifier<Organisation>) -> Int? {
        draftRows[id]
    }
}
