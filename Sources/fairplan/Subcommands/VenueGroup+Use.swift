import ArgumentParser
import Interchange
import Planning
import Workflow

extension FairPlan.VenueGroup {
    /// `fairplan venue use FILE`: sets the plan's venue from a venue file.
    struct Use: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.venueUseAbstract.localized,
                discussion: HelpText.venueUseDiscussion.localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.venueFile)) var file: String

        func run() async throws {
            let change = try UseVenue(store: options.openStore()).run(
                file: file, context: CommandContext.change())
            let language = CLILanguage.current
            let out = Output()
            out.lines(change.warnings.map { $0.text(language) })
            out.say(
                WorkflowMessage.venueSet(
                    path: change.path, name: change.venue.name, booths: change.venue.booths.count,
                    rooms: change.venue.rooms.count))
            out.line("")
            out.text(VenueSummary(venue: change.venue).rendered(in: language))
        }
    }
}
