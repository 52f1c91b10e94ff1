import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan history [--limit N]`: the journal of the plan's changes, newest first.
    struct History: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.journal(.historyAbstract).localized,
                discussion: HelpText.journal(.historyDiscussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Option(help: ArgumentHelp(.journal(.historyLimit))) var limit = 20

        func run() async throws {
            let history = try ShowHistory(store: options.openForReading()).run(limit: limit)
            Output().lines(JournalRendering.lines(history, language: CLILanguage.current))
        }
    }
}
