import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan list organisations|products|people|parties|booths|sessions [--status S]`.
    struct ListCommand: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list", abstract: HelpText.listAbstract.localized,
                discussion: HelpText.listDiscussion.localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.listSubject)) var subject: ListPlan.Subject
        @Option(help: ArgumentHelp(.listStatus)) var status: String?

        func run() async throws {
            let language = CLILanguage.current
            try ListPlan(store: options.openForReading()).stream(subject, status: status, language: language)
            {
                try ListingRendering.write($0, language: language, to: Output())
            }
        }
    }
}
