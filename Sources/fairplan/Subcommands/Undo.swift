import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan undo [N]`: undoes the latest change (or the latest N), newest first.
    struct Undo: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.journal(.undoAbstract).localized,
                discussion: HelpText.journal(.undoDiscussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.journal(.undoCount))) var count = 1

        func run() async throws {
            let undone = try UndoChanges(store: options.openStore()).run(count: count)
            Output().lines(JournalRendering.lines(undone, language: CLILanguage.current))
        }
    }
}
