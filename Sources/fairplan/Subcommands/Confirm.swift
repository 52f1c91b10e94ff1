import ArgumentParser
import Planning
import Workflow

extension FairPlan {
    /// `fairplan confirm PARTY...`: confirms pending registrations.
    struct Confirm: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.confirmAbstract.localized, discussion: HelpText.confirmDiscussion.localized
            )
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.confirmParties)) var parties: [String]

        func run() async throws {
            let confirmations = try ConfirmRegistrations(store: options.openStore()).run(
                parties, context: CommandContext.change())
            let out = Output()
            for confirmation in confirmations {
                out.say(
                    confirmation.wasConfirmed
                        ? WorkflowMessage.alreadyConfirmed(party: confirmation.party.name)
                        : WorkflowMessage.confirmed(
                            party: confirmation.party.name, from: confirmation.party.registrationStatus))
            }
        }
    }
}
