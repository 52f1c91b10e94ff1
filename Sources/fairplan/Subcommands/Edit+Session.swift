import ArgumentParser
import Planning
import Workflow

extension FairPlan.Edit {
    /// `fairplan edit session S --field value…`.
    struct Session: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "session", abstract: HelpText.editing(.editKindAbstract(.session)).localized,
                discussion: HelpText.editing(.editKindDiscussion(.session, clearable: EditSession.clearable))
                    .localized)
        }

        @OptionGroup var options: PlanOption
        @OptionGroup var profile: SessionProfileOptions
        @Argument(help: ArgumentHelp(.editing(.editSubject(.session)))) var subject: String
        @Option(help: ArgumentHelp(.sessionTitle)) var title: String?
        @Option(help: ArgumentHelp(.sessionKind)) var kind: AgendaKind?
        @Option(help: ArgumentHelp(.sessionMinutes)) var minutes: Int?
        @Option(help: ArgumentHelp(.sessionChair)) var chair: String?
        @Option(parsing: .singleValue, help: ArgumentHelp(.sessionSpeaker)) var speaker: [String] = []
        @Option(help: ArgumentHelp(.sessionAudience)) var audience: Int?
        @Option(parsing: .singleValue, help: ArgumentHelp(.sessionLink)) var link: [String] = []
        @Flag(help: ArgumentHelp(.sessionLinkAll)) var linkAll = false
        @Option(help: ArgumentHelp(.sessionFixed)) var fixed: String?
        @Option(help: ArgumentHelp(.sessionWindow)) var window: String?
        @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: ArgumentHelp(.editing(.editFirst)))
        var first: Bool?
        @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: ArgumentHelp(.editing(.editLast)))
        var last: Bool?
        @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.after))) var after: [String] = []
        @Option(help: ArgumentHelp(.sessionTrack)) var track: String?
        @Option(help: ArgumentHelp(.sessionRoom)) var room: String?
        @Option(help: ArgumentHelp(.sessionStart)) var start: String?
        @Option(parsing: .singleValue, help: ArgumentHelp(.editing(.editClear(EditSession.clearable))))
        var clear: [String] = []
        @Option(help: ArgumentHelp(.editing(.editID))) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = EditSession.Input(subject: subject)
            input.title = title
            input.kind = kind
            input.minutes = minutes
            input.chair = chair
            input.speakers = speaker.isEmpty ? nil : speaker
            input.audience = audience
            input.links = link.isEmpty ? nil : link
            input.linkAll = linkAll
            input.fixed = fixed
            input.window = window
            input.first = first
            input.last = last
            input.after = after.isEmpty ? nil : after
            input.profile = profile.input
            input.track = track
            input.room = room
            input.start = start
            input.clear = clear
            input.id = id
            input.force = force
            let amendment = try EditSession(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(EditingRendering.lines(amendment, language: CLILanguage.current))
        }
    }
}
