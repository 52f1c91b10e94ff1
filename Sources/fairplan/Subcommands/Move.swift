import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan move PARTY BOOTH...`: moves a party to other booths by hand.
    struct Move: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.manual(.moveAbstract).localized,
                discussion: HelpText.manual(.moveDiscussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.manual(.moveParty))) var party: String
        @Argument(help: ArgumentHelp(.manual(.moveBooths))) var booths: [String]
        @Flag(help: ArgumentHelp(.manual(.force))) var force = false

        func run() async throws {
            var input = MoveBooths.Input(party: party, booths: booths)
            input.force = force
            let edit = try MoveBooths(store: options.openStore()).run(input, context: CommandContext.change())
            Output().lines(ManualRendering.lines(edit, language: CLILanguage.current))
        }
    }
}
