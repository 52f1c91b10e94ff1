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
            if checks.contains(where: \.failed) { throw ExitCode.failure }
        }
    }
}
