import ArgumentParser
import Planning
import Workflow

extension FairPlan.Offer {
    /// `fairplan offer decline PARTY`: the party declines; the booths are offered to the next party.
    struct Decline: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.queue(.declineAbstract).localized,
                discussion: HelpText.queue(.declineDiscussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.queue(.party))) var party: String

        func run() async throws {
            let declination = try DeclineOffer(store: options.openStore()).run(
                party, context: CommandContext.change())
            Output().lines(WithdrawalRendering.lines(declination, language: CLILanguage.current))
        }
    }
}
