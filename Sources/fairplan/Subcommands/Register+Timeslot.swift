import ArgumentParser
import Planning
import Workflow

extension FairPlan.Register {
    /// `fairplan register timeslot --time "dd/mm/yyyy hh:mm-hh:mm" [--kind K] [--tag T] [--pause N]`.
    struct Timeslot: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "timeslot", abstract: HelpText.grid(.timeslotAbstract).localized,
                discussion: HelpText.grid(.timeslotDiscussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Option(help: ArgumentHelp(.grid(.timeslotTime))) var time: String
        @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.timeslotKind))) var kind: [AgendaKind] = []
        @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.timeslotTag))) var tag: [String] = []
        @Option(help: ArgumentHelp(.grid(.pause))) var pause: Int?

        func run() async throws {
            var input = RegisterTimeslot.Input(time: time)
            input.kinds = kind
            input.tags = tag
            input.pause = pause
            let outcome = try RegisterTimeslot(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(
                GridRendering.lines(
                    WorkflowMessage.timeslotAdded(outcome.timeslot, count: outcome.grid.count),
                    grid: outcome.grid, pauseMinutes: outcome.pauseMinutes, language: CLILanguage.current))
        }
    }
}
