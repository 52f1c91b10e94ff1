import Planning

/// The organisations a product or delegate row may name: the plan's and the sheet's, found through
/// Planning's one organisation index (``PlanResolver/organisationIndex(_:)``) by identifier,
/// registration code (a lost leading zero restored), full name or short name, tones kept.
struct OrganisationLookup {
    /// The index over the plan's organisations, then the sheet's drafts.
    let index: NameIndex<Organisation>
    /// The row (index among the check's organisation rows) of each draft from the sheet.
    let draftRows: [Identifier<Organisation>: Int]

    /// Indexes the plan's organisations and the drafts read from the sheet.
    init(plan: Plan, drafts: [ParsedRow<Organisation>]) {
        index = PlanResolver.organisationIndex(plan.organisations + drafts.map(\.entity))
        draftRows = Dictionary(drafts.map { ($0.entity.id, $0.row) }, uniquingKeysWith: { first, _ in first })
    }

    /// The organisation named by `written`.
    func resolve(_ written: String) -> NameMatch<Organisation> {
        index.resolve(written)
    }

    /// The sheet row of a draft organisation, nil for one of the plan.
    func row(of id: Identifier<Organisation>) -> Int? {
        draftRows[id]
    }
}
