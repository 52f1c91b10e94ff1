import ArgumentParser
import Planning
import Workflow

extension FairPlan.Register {
    /// `fairplan register session --title ... --kind ... --minutes N ...`.
    struct Session: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "session", abstract: HelpText.sessionAbstract.localized,
                discussion: HelpText.sessionDiscussion.localized)
        }

        @OptionGroup var options: PlanOption
        @Option(help: ArgumentHelp(.sessionTitle)) var title: String
        @Option(help: ArgumentHelp(.sessionKind)) var kind: AgendaKind
        @Option(help: ArgumentHelp(.sessionMinutes)) var minutes: Int
        @Option(help: ArgumentHelp(.sessionChair)) var chair: String?
        @Option(parsing: .singleValue, help: ArgumentHelp(.sessionSpeaker)) var speaker: [String] = []
        @Option(help: ArgumentHelp(.sessionAudience)) var audience = 0
        @Option(parsing: .singleValue, help: ArgumentHelp(.sessionLink)) var link: [String] = []
        @Flag(help: ArgumentHelp(.sessionLinkAll)) var linkAll = false
        @Option(help: ArgumentHelp(.sessionFixed)) var fixed: String?
        @Option(help: ArgumentHelp(.sessionWindow)) var window: String?
        @Flag(help: ArgumentHelp(.sessionFirst)) var first = false
        @Flag(help: ArgumentHelp(.sessionLast)) var last = false
        @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.after))) var after: [String] = []
        @Option(help: ArgumentHelp(.sessionTrack)) var track: String?
        @Option(help: ArgumentHelp(.sessionRoom)) var room: String?
        @Option(help: ArgumentHelp(.sessionStart)) var start: String?
        @Option(help: ArgumentHelp(.sessionID)) var id: String?
        @OptionGroup var profile: SessionProfileOptions
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = RegisterSession.Input(title: title, kind: kind, minutes: minutes)
            input.chair = chair
            input.speakers = speaker
            input.audience = audience
            input.links = link
            input.linkAll = linkAll
            input.fixed = fixed
            input.window = window
            input.first = first
            input.last = last
            input.after = after
            input.track = track
            input.room = room
            input.start = start
            input.id = id
            input.profile = profile.input
            input.force = force
            let registration = try RegisterSession(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(RegistrationRendering.lines(registration, language: CLILanguage.current))
        }
    }
}
