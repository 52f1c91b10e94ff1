import ArgumentParser
import Store
import Workflow

extension FairPlan.User {
    /// `fairplan user list`: the accounts, with their roles.
    struct List: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: HelpText.portal(.userListAbstract).localized)
        }

        @OptionGroup var options: PlanOption

        func run() async throws {
            let accounts = try ListAccounts(store: options.openForReading()).run()
            let out = Output()
            guard !accounts.isEmpty else { return out.say(PortalHelp.noAccounts) }
            for account in accounts {
                out.say(
                    PortalHelp.accountLine(
                        name: account.name, role: account.role, createdAt: account.createdAt))
            }
        }
    }
}
