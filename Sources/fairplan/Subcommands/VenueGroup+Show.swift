import ArgumentParser
import Workflow

extension FairPlan.VenueGroup {
    /// `fairplan venue show FILE [--svg PATH]`: summarises a venue and draws its floor plan.
    struct Show: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: HelpText.venueShowAbstract.localized)
        }

        @Argument(help: ArgumentHelp(.venueFile)) var file: String
        @Option(help: ArgumentHelp(.venueSVG, valueName: "path")) var svg: String?
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let shown = try ShowVenue().run(file: file, svgPath: svg, language: CLILanguage.current)
            Output().text(VenueRendering.shown(shown, language: CLILanguage.current))
        }
    }
}
