import ArgumentParser
import Scheduler
import Workflow

extension FairPlan {
    /// `fairplan schedule sessions`: places sessions in rooms and times and explains the result.
    struct Schedule: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.scheduleAbstract.localized,
                discussion: HelpText.scheduleDiscussion.localized)
        }

        /// What to schedule.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case sessions
        }

        @Argument(help: ArgumentHelp(.scheduleTarget)) var target: Target
        @OptionGroup var source: SourceOptions
        @OptionGroup var publishing: PublishOptions
        @OptionGroup var search: SearchOptions

        func validate() throws {
            if search.explain && search.json {
                throw ValidationError(CLILanguage.text(WorkflowMessage.conflict(.explainAndJSON)))
            }
        }

        func run() async throws {
            var input = ScheduleSessions.Input()
            input.search = search.settings
            input.publish = publishing.publish
            input.note = publishing.note
            let progress = ProgressLine()
            let outcome = try ScheduleSessions(source: source.source).run(
                input, context: CommandContext.change(), clock: ContinuousClock()
            ) {
                step in
                progress.update(
                    CLILanguage.text(
                        WorkflowMessage.scheduling(
                            placed: step.placed, of: step.sessions, iterations: step.iterations)))
            }
            progress.finish()
            try SolvingOutput.render(
                outcome, output: Output(json: search.json), explain: search.explain,
                language: CLILanguage.current)
        }
    }
}
