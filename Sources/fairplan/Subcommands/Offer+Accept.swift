import ArgumentParser
import Planning
import Workflow

extension FairPlan.Offer {
    /// `fairplan offer accept PARTY`: the party takes the booths offered to it.
    struct Accept: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.queue(.acceptAbstract).localized,
                discussion: HelpText.queue(.acceptDiscussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.queue(.party))) var party: String

        func run() async throws {
            let acceptance = try AcceptOffer(store: options.openStore()).run(
                party, context: CommandContext.change())
            Output().say(QueueMessage.accepted(party: acceptance.party.name, booths: acceptance.offer.booths))
        }
    }
}
