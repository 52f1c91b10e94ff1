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
            let listing = try ListPlan(store: options.openForReading()).run(
                subject, status: status, language: language)
            Output().line(ListingRendering.text(listing, language: language))
        }
    }
}
