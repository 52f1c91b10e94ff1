import ArgumentParser
import Interchange
import Planning
import Store

extension FairPlan {
    /// `fairplan export LIST --format FORMAT [--out PATH]`: writes the planner's lists.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export lists: attendees, products, exhibitors, programme, summary, or all.",
            discussion: """
                ODS and FODS put several lists in one workbook (a sheet each); XML and CSV write one file \
                per list; frab (conference-app schedule XML) and ics (iCalendar) are for the programme. \
                Files are written to a temporary file and renamed into place, under Exports/ by default. \
                The plan is the plan file (--plan PATH, or the single *.fairplan file in the current \
                folder); --sample fair|briefing exports an embedded sample instead, and is the default \
                when there is no plan file.
                """
        )

        /// The lists on the command line.
        enum ListChoice: String, ExpressibleByArgument, CaseIterable {
            case attendees, products, exhibitors, programme, summary, all
        }

        @Argument(help: "The list to export: \(ListChoice.allCases.map(\.rawValue).joined(separator: ", ")).")
        var list: ListChoice

        @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: ExportFormat = .ods

        @Option(help: "Output file (or folder for several files); default under Exports/.")
        var out: String?

        @OptionGroup var options: PlanOptions

        @Option(help: "Export an embedded sample plan instead: fair or briefing.")
        var sample: SamplePlan?

        @Option(help: "Attendee order: alphabetical or protocol.")
        var order: AttendeeOrder = .alphabetical

        @Option(help: "Only this connection point's programme (frab, ics), by identifier.")
        var point: String?

        func validate() throws {
            if sample != nil && options.plan != nil {
                throw ValidationError("Chỉ dùng một trong --plan và --sample.")
            }
        }

        func run() async throws {
            let plan: Plan
            if let sample {
                plan = sample.plan
            } else if let path = try options.locationIfPresent() {
                plan = try PlanStore.open(at: path).loadPlan()
            } else {
                plan = SamplePlan.fair.plan
            }
            let lists: [ListKind] =
                list == .all ? ListKind.allCases : ListKind(rawValue: list.rawValue).map { [$0] } ?? []
            let request = ExportRequest(
                plan: plan, lists: lists, format: format, output: out, attendeeOrder: order,
                connectionPoint: point.map { Identifier($0) }, createdAt: ExportClock.now(),
                version: FairPlan.version)
            for path in try Exporter.export(request) {
                print("Đã ghi: \(path)")
            }
        }
    }
}
