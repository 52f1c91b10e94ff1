import ArgumentParser

extension FairPlan {
    /// `fairplan user`: the accounts of the portal's staff console.
    struct User: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "user", abstract: HelpText.portal(.userAbstract).localized,
                discussion: HelpText.portal(.userDiscussion).localized,
                subcommands: [Add.self, List.self, Remove.self])
        }
    }
}
