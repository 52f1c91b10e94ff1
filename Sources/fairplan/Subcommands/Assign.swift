import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan assign booths PARTY BOOTH...`: gives booths to a party by hand.
    struct Assign: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.manual(.assignAbstract).localized,
                discussion: HelpText.manual(.assignDiscussion).localized)
        }

        /// What to assign.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case booths
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.manual(.assignTarget))) var target: Target
        @Argument(help: ArgumentHelp(.manual(.assignParty))) var party: String
        @Argument(help: ArgumentHelp(.manual(.assignBooths))) var booths: [String]
        @Flag(help: ArgumentHelp(.manual(.force))) var force = false

        func run() async throws {
            var input = AssignBooths.Input(party: party, booths: booths)
            input.force = force
            let edit = try AssignBooths(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(ManualRendering.lines(edit, language: CLILanguage.current))
        }
    }
}
