import ArgumentParser
import Interchange
import Workflow

extension FairPlan {
    /// `fairplan template registrations --format ods|fods|xlsx|csv [--plan FILE]`: writes the
    /// registration template (with the plan's connection points in the attendance drop-down and
    /// its venue's zones in the booth requests' preferred-zone drop-down).
    struct Template: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.importing(.templateAbstract).localized,
                discussion: HelpText.importing(.templateDiscussion).localized)
        }

        /// The templates on the command line.
        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case registrations
        }

        /// The formats a template is written in: the spreadsheets, not the lists' other formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case ods, fods, xlsx, csv

            /// The export format.
            var exportFormat: ExportFormat {
                switch self {
                case .ods: .ods
                case .fods: .fods
                case .xlsx: .xlsx
                case .csv: .csv
                }
            }
        }

        @Argument(help: ArgumentHelp(.templateKind)) var kind: Kind
        @Option(help: ArgumentHelp(.templateFormat)) var format: Format = .ods
        @Option(help: ArgumentHelp(.templateOut, valueName: "path")) var out: String?
        @OptionGroup var options: PlanOption

        func run() async throws {
            let paths = try WriteTemplate(plan: options.plan, folder: PlanOption.folder).run(
                format: format.exportFormat, output: out, language: CLILanguage.current, now: WallClock.now(),
                version: FairPlan.version)
            Output().lines(paths.map { CLILanguage.text(WorkflowMessage.fileWritten(path: $0)) })
        }
    }
}
