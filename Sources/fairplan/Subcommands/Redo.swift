import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan redo`: applies again the change just undone.
    struct Redo: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.journal(.redoAbstract).localized,
                discussion: HelpText.journal(.redoDiscussion).localized)
        }

        @OptionGroup var options: PlanOption

        func run() async throws {
            let redone = try RedoChanges(store: options.openStore()).run()
            Output().lines(JournalRendering.lines(redone, language: CLILanguage.current))
        }
    }
}
