import ArgumentParser
import Interchange
import Workflow

extension FairPlan {
    /// `fairplan export LIST --format FORMAT [--out PATH|-] [--draft] [--status S]`: writes the
    /// planner's lists, from the latest published versions unless `--draft`.
    struct Export: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.exportAbstract.localized,
                discussion: HelpText.exports(.discussion).localized)
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
        @Flag(help: ArgumentHelp(.exports(.draft))) var draft = false
        @Option(help: ArgumentHelp(.exports(.status))) var status: String?
        @OptionGroup var language: LanguageOption

        func run() async throws {
            var input = ExportLists.Input(
                lists: list == .all ? ListKind.allCases : ListKind(rawValue: list.rawValue).map { [$0] } ?? []
            )
            input.format = format
            input.output = out
            input.order = order
            input.point = point
            input.draft = draft
            input.status = status
            input.language = CLILanguage.current
            let written = try ExportLists(
                source: PlanSource(plan: plan, sample: sample, folder: PlanOption.folder)
            )
            .run(input, now: WallClock.now(), version: FairPlan.version)
            if let sample = written.fallbackSample {
                Output.note(CLILanguage.text(WorkflowMessage.usingSample(sample.rawValue)))
            }
            for note in written.notes { Output.note(CLILanguage.text(WorkflowMessage.exports(note))) }
            // With `--out -` standard output holds the file itself.
            guard out != ExportLocation.standardOutput else { return }
            Output().lines(written.paths.map { CLILanguage.text(WorkflowMessage.fileWritten(path: $0)) })
        }
    }
}
