public import Planning
public import Sheets

/// Builds the lists of a plan as sheets: the rows people expect, STT assigned after sorting, with
/// sheet names, titles, headers and worded cells in the language asked for.
///
/// The attendee and product lists (and the summary's counts) read their entries from ``source``
/// as a writer asks for rows, so a plan file's national registry is written without being held
/// in memory; the other lists' rows are computed from ``plan`` when the sheet is built.
public struct PlanLists: Sendable {
    /// The plan listed: the whole plan, or, with a ``source`` that reads a plan file, the fair's
    /// own tables and the registry entities they name.
    public let plan: Plan
    /// Where the registry's lists get their entries.
    public let source: any ListRowSource
    /// The order of the attendee list.
    public var attendeeOrder: AttendeeOrder
    /// Only parties with this registration status in the exhibitors list, when set (the other
    /// lists are not about parties and ignore it).
    public var partyStatus: RegistrationStatus?
    /// Only the people attending at this connection point in the attendee list, when set (those
    /// on site count at the main point, as the list shows them).
    public var connectionPoint: Identifier<ConnectionPoint>?
    /// The plan's entities by identifier.
    let lookup: PlanLookup

    /// Creates the lists of a plan; `partyStatus` keeps only the exhibitors of that status;
    /// `source` gives the registry's entries (by default, from `plan`).
    public init(
        plan: Plan, attendeeOrder: AttendeeOrder = .alphabetical, partyStatus: RegistrationStatus? = nil,
        source: (any ListRowSource)? = nil
    ) {
        self.plan = plan
        self.source = source ?? PlanListSource(plan: plan)
        lookup = plan.lookup
        self.attendeeOrder = attendeeOrder
        self.partyStatus = partyStatus
    }

    /// The sheet of one list, worded in `language`, ready to print (``printable(_:_:in:)``).
    public func sheet(_ kind: ListKind, in language: Language) -> Sheet {
        let sheet =
            switch kind {
            case .attendees: attendees(in: language)
            case .products: products(in: language)
            case .exhibitors: exhibitors(in: language)
            case .programme: programme(in: language)
            case .summary: summary(in: language)
            }
        return printable(sheet, kind, in: language)
    }

    /// A list ready to print: columns as wide as their longest text (1.2 to 20 cm; 9 cm for the
    /// summary's headings), on A4 in
    /// landscape when the columns are wider than a portrait page, fitted to the page width, the
    /// title and header rows on every page, the event's name and the list's on top and «Trang
    /// x/y» at the bottom of every page.
    func printable(_ sheet: Sheet, _ kind: ListKind, in language: Language) -> Sheet {
        // The summary's first column holds its headings, which may run on over the empty cells.
        var sheet = sheet.fittingWidths(minimum: 1.2, maximum: kind == .summary ? 9 : 20)
        sheet.pageSetup = PageSetup(
            orientation: PageSetup.orientation(forWidth: sheet.totalWidth), fitToWidth: true,
            repeatsHeaderRows: true,
            header: PageText(left: [.text(plan.event.name)], right: [.text(kind.title(in: language))]),
            footer: PageText(centre: [
                .text(InterchangeMessage.pageLabel.text(language) + " "), .pageNumber, .text("/"), .pageCount,
            ]))
        return sheet
    }

    /// A workbook with one sheet per list, in the order given, worded in `language`.
    public func workbook(
        _ kinds: [ListKind] = ListKind.allCases, created: String, generator: String, language: Language
    ) -> Workbook {
        Workbook(
            sheets: kinds.map { sheet($0, in: language) },
            metadata: WorkbookMetadata(title: plan.event.name, generator: generator, created: created))
    }

    /// The title row: the list's title and the event.
    func title(_ kind: ListKind, in language: Language) -> String {
        "\(kind.title(in: language)) — \(plan.event.name)"
    }

    /// A column with its header worded in `language`; codes, decision numbers and booth codes
    /// are text columns (typed «0305100001» or «399/QĐ-UBND» stays text).
    static func column(_ column: ListColumn, _ width: Double, in language: Language) -> Column {
        Column(
            InterchangeMessage.listColumn(column).text(language), widthCentimetres: width,
            isText: textColumns.contains(column))
    }

    /// The columns formatted as text.
    static let textColumns: Set<ListColumn> = [.registrationCode, .decisionNumber, .booths]

    /// The columns of a list, headers worded in `language`.
    static func columns(_ columns: [(ListColumn, Double)], in language: Language) -> [Column] {
        columns.map { column($0.0, $0.1, in: language) }
    }

    /// Rows numbered from 1 (STT) after sorting.
    static func numbered(_ rows: [[CellValue]]) -> [[CellValue]] {
        rows.enumerated().map { [.integer($0.offset + 1)] + $0.element }
    }

    /// Rows made from the entries `open` reads each time a writer asks for the rows, numbered
    /// from 1; an error ends them and is kept in `failure` (the sheet's ``Sheet/rowsFailure``).
    /// `open` is told whether the rows must be in order (not when they are only measured).
    static func streamed<Entry>(
        _ failure: RowsFailure, sorted: Bool, open: @escaping @Sendable (Bool) throws -> ListRowCursor<Entry>,
        row: @escaping @Sendable (Entry) -> [CellValue]
    ) -> @Sendable () -> AnyIterator<[CellValue]> {
        {
            var cursor: ListRowCursor<Entry>?
            do {
                cursor = try open(sorted)
            } catch {
                failure.record(error)
            }
            var number = 0
            return AnyIterator {
                guard let current = cursor else { return nil }
                do {
                    guard let entry = try current.next() else {
                        cursor = nil
                        return nil
                    }
                    number += 1
                    return [.integer(number)] + row(entry)
                } catch {
                    failure.record(error)
                    cursor = nil
                    return nil
                }
            }
        }
    }
}
