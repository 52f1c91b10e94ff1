import ArgumentParser
import Interchange
import Workflow

extension FairPlan {
    /// `fairplan export LIST --format FORMAT [--out PATH]`: writes the planner's lists.
    struct Export: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.exportAbstract.localized, discussion: HelpText.exportDiscussion.localized)
        }

        /// The lists on the command line.
        enum ListChoice: String, ExpressibleByArgument, CaseIterable {
            case attendees, products, exhibitors, programme, summary, all
        }

        @Argument(help: ArgumentHelp(.exportList)) var list: ListChoice
        @Option(help: ArgumentHelp(.exportFormat)) var format: ExportFormat = .ods
        @Option(help: ArgumentHelp(.exportOut, valueName: "path")) var out: String?
        @Option(help: ArgumentHelp(.optionPlan, valueName: "path")) var plan: String?
        @Option(help: ArgumentHelp(.optionSample)) var sample: SamplePlan?
        @Option(help: ArgumentHelp(.exportOrder)) var order: AttendeeOrder = .alphabetical
        @Option(help: ArgumentHelp(.exportPoint)) var point: String?
        @OptionGroup var language: LanguageOption

        func run() async throws {
            var input = ExportLists.Input(
                lists: list == .all ? ListKind.allCases : ListKind(rawValue: list.rawValue).map { [$0] } ?? []
            )
            input.format = format
            input.output = out
            input.order = order
            input.point = point
            input.language = CLILanguage.current
            let written = try ExportLists(
                source: PlanSource(plan: plan, sample: sample, folder: PlanOption.folder)
            )
            .run(input, now: WallClock.now(), version: FairPlan.version)
            if let sample = written.fallbackSample {
                Output.note(CLILanguage.text(WorkflowMessage.usingSample(sample.rawValue)))
            }
            Output().lines(written.paths.map { CLILanguage.text(WorkflowMessage.fileWritten(path: $0)) })
        }
    }
}
