import ArgumentParser
import Workflow

extension FairPlan.VenueGroup {
    /// `fairplan venue check FILE...`: validates venue files and summarises them.
    struct Check: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.venueCheckAbstract.localized,
                discussion: HelpText.venueCheckDiscussion.localized)
        }

        @Argument(help: ArgumentHelp(.venueFiles)) var files: [String]
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let checks = CheckVenues().run(files: files)
            Output().text(VenueRendering.checks(checks, language: CLILanguage.current))
            let failed = checks.filter(\.failed).count
            if failed > 0 {
                // The verdict also on standard error, so a script sees why the status is 1.
                Output.note(
                    CLILanguage.text(WorkflowMessage.errorPrefix)
                        + CLILanguage.text(
                            WorkflowMessage.venueFilesFailed(failed: failed, files: checks.count)))
                throw ExitCode.failure
            }
        }
    }
}
