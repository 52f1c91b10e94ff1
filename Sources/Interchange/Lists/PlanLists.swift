public import Planning
public import Sheets

/// Builds the lists of a plan as sheets: the rows people expect, STT assigned after sorting.
///
/// Rows are computed when the sheet is built (a plan fits in memory); writers then stream them.
public struct PlanLists: Sendable {
    /// The plan listed.
    public let plan: Plan
    /// The order of the attendee list.
    public var attendeeOrder: AttendeeOrder

    /// Creates the lists of a plan.
    public init(plan: Plan, attendeeOrder: AttendeeOrder = .alphabetical) {
        self.plan = plan
        self.attendeeOrder = attendeeOrder
    }

    /// The sheet of one list.
    public func sheet(_ kind: ListKind) -> Sheet {
        switch kind {
        case .attendees: attendees()
        case .products: products()
        case .exhibitors: exhibitors()
        case .programme: programme()
        case .summary: summary()
        }
    }

    /// A workbook with one sheet per list, in the order given.
    public func workbook(_ kinds: [ListKind] = ListKind.allCases, created: String, generator: String)
        -> Workbook
    {
        Workbook(
            sheets: kinds.map(sheet),
            metadata: WorkbookMetadata(title: plan.event.name, generator: generator, created: created))
    }

    /// The title row: the list's title and the event.
    func title(_ kind: ListKind) -> String {
        "\(kind.title) — \(plan.event.name)"
    }

    /// Rows numbered from 1 (STT) after sorting.
    static func numbered(_ rows: [[CellValue]]) -> [[CellValue]] {
        rows.enumerated().map { [.integer($0.offset + 1)] + $0.element }
    }
}
