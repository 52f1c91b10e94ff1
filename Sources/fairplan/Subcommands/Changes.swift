import ArgumentParser
import Planning
import Workflow

extension FairPlan {
    /// `fairplan changes [FROM [TO]] [--kind booths|programme] [--party P] [--point CP]`.
    struct Changes: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.changesAbstract.localized, discussion: HelpText.changesDiscussion.localized
            )
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.changesFrom)) var from: Int?
        @Argument(help: ArgumentHelp(.changesTo)) var to: Int?
        @Option(help: ArgumentHelp(.changesKind)) var kind: ShowChanges.Topic = .booths
        @Option(help: ArgumentHelp(.changesParty)) var party: String?
        @Option(help: ArgumentHelp(.changesPoint)) var point: String?

        func run() async throws {
            var input = ShowChanges.Input()
            input.topic = kind
            input.from = from
            input.to = to
            input.party = party
            input.point = point
            let log = try ShowChanges(store: options.openForReading()).run(input)
            let language = CLILanguage.current
            let out = Output()
            switch log {
            case .booths(let changes, let party):
                if let party { out.say(WorkflowMessage.changesForParty(party.name)) }
                out.line(changes.rendered(in: language))
            case .programme(let changes, let point):
                if let point { out.say(WorkflowMessage.changesForPoint(point.name)) }
                out.line(changes.rendered(in: language))
            }
        }
    }
}
