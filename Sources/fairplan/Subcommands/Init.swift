import ArgumentParser
import Interchange
import Planning
import Workflow

extension FairPlan {
    /// `fairplan init PATH.fairplan --name ... --kind ... --from ... --to ...`: creates a plan file.
    struct Init: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.initAbstract.localized, discussion: HelpText.initDiscussion.localized)
        }

        @Argument(help: ArgumentHelp(.initPath)) var path: String
        @Option(help: ArgumentHelp(.initName)) var name: String
        @Option(help: ArgumentHelp(.initKind)) var kind: EventKind
        @Option(help: ArgumentHelp(.initOrganiser)) var organiser: String
        @Option(help: ArgumentHelp(.initProvince)) var province: String
        @Option(help: ArgumentHelp(.initFrom)) var from: String
        @Option(help: ArgumentHelp(.initTo)) var to: String
        @Option(help: ArgumentHelp(.initOpens)) var opens = "08:00"
        @Option(help: ArgumentHelp(.initCloses)) var closes = "17:00"
        @Option(help: ArgumentHelp(.initVenue, valueName: "file")) var venue: String?
        @Option(help: ArgumentHelp(.initID)) var id: String?
        @OptionGroup var language: LanguageOption

        func run() async throws {
            var input = CreatePlan.Input(
                path: path, name: name, kind: kind, organiser: organiser, province: province, from: from,
                to: to)
            input.opens = opens
            input.closes = closes
            input.venue = venue
            input.eventID = id
            let created = try CreatePlan().run(input)
            let out = Output()
            out.lines(created.venueWarnings.map { $0.text(CLILanguage.current) })
            let event = created.plan.event
            out.say(
                WorkflowMessage.planCreated(
                    path: created.path, event: event.name, kind: event.kind,
                    first: event.days.first?.date ?? CalendarDate(daysSinceEpoch: 0),
                    last: event.days.last?.date ?? CalendarDate(daysSinceEpoch: 0),
                    province: event.province.officialName))
            if let venue = created.plan.venue {
                out.say(
                    WorkflowMessage.planVenue(
                        name: venue.name, booths: venue.booths.count, rooms: venue.rooms.count))
            }
        }
    }
}
