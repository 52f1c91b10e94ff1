import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan place session SESSION --room R --start "dd/mm/yyyy hh:mm"`: places a session by
    /// hand and pins it there.
    struct Place: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.manual(.placeAbstract).localized,
                discussion: HelpText.manual(.placeDiscussion).localized)
        }

        /// What to place.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case session
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.manual(.placeTarget))) var target: Target
        @Argument(help: ArgumentHelp(.manual(.sessionArgument))) var session: String
        @Option(help: ArgumentHelp(.manual(.placeRoom))) var room: String
        @Option(help: ArgumentHelp(.manual(.placeStart))) var start: String
        @Flag(help: ArgumentHelp(.manual(.force))) var force = false

        func run() async throws {
            var input = PlaceSession.Input(session: session, room: room, start: start)
            input.force = force
            let edit = try PlaceSession(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(ManualRendering.lines(edit, action: .place, language: CLILanguage.current))
        }
    }
}
