import ArgumentParser
import Store
import Workflow

extension FairPlan.User {
    /// `fairplan user add NAME --role staff|admin`: makes an account; the password is asked twice
    /// at the terminal (without echo), or read from the first line of standard input.
    struct Add: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.portal(.userAddAbstract).localized,
                discussion: HelpText.portal(.userAddDiscussion).localized)
        }

        @Argument(help: ArgumentHelp(.portal(.userName), valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp(.portal(.userRole), valueName: "staff|admin"))
        var role: String = "staff"

        @Option(help: ArgumentHelp(.portal(.userPasswordFile), valueName: "file"))
        var passwordFile: String?

        @OptionGroup var options: PlanOption

        func run() async throws {
            guard let role = StaffAccount.Role(rawValue: role.lowercased()) else {
                throw WorkflowError.invalidValue(.role, value: role, expected: .accountRole)
            }
            _ = try AddAccount.checkName(name)
            let password = try passwordFile.map { try PasswordPrompt.read(file: $0) } ?? PasswordPrompt.read()
            let account = try AddAccount(store: options.openStore()).run(
                name: name, role: role, password: password, context: CommandContext.change())
            Output().say(PortalHelp.accountAdded(name: account.name, role: account.role))
        }
    }
}
