import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan swap PARTY PARTY`: exchanges two parties' booths.
    struct Swap: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.manual(.swapAbstract).localized,
                discussion: HelpText.manual(.swapDiscussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.manual(.swapFirst))) var first: String
        @Argument(help: ArgumentHelp(.manual(.swapSecond))) var second: String
        @Flag(help: ArgumentHelp(.manual(.force))) var force = false

        func run() async throws {
            var input = SwapBooths.Input(first: first, second: second)
            input.force = force
            let edit = try SwapBooths(store: options.openStore()).run(input, context: CommandContext.change())
            Output().lines(ManualRendering.lines(edit, language: CLILanguage.current))
        }
    }
}
