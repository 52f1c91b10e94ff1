import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan report`: the plan's summary, registrations by status and published versions.
    struct Report: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.reportAbstract.localized, discussion: HelpText.reportDiscussion.localized)
        }

        @OptionGroup var options: PlanOption
        @Option(help: ArgumentHelp(.optionFindings)) var findings = 12

        func run() async throws {
            let report = try ReportPlan(store: options.openForReading()).run(findingLimit: findings)
            Output().text(
                ReportRendering.text(report, findingLimit: report.findingLimit, language: CLILanguage.current)
            )
        }
    }
}
