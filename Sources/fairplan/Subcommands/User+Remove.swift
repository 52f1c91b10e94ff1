import ArgumentParser
import Workflow

extension FairPlan.User {
    /// `fairplan user remove NAME`: removes an account.
    struct Remove: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: HelpText.portal(.userRemoveAbstract).localized)
        }

        @Argument(help: ArgumentHelp(.portal(.userName), valueName: "name"))
        var name: String

        @OptionGroup var options: PlanOption

        func run() async throws {
            try RemoveAccount(store: options.openStore()).run(name: name)
            Output().say(PortalHelp.accountRemoved(name: name))
        }
    }
}
