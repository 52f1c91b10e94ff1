import ArgumentParser
import Scheduler
import Workflow

extension FairPlan {
    /// `fairplan allocate booths`: gives exhibiting parties their booths and explains the result.
    struct Allocate: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.allocateAbstract.localized,
                discussion: HelpText.allocateDiscussion.localized + "\n\n"
                    + CLILanguage.text(SchedulerMessage.allocationSearchHelp))
        }

        /// What to allocate.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case booths
        }

        @Argument(help: ArgumentHelp(.allocateTarget)) var target: Target
        @OptionGroup var source: SourceOptions
        @OptionGroup var publishing: PublishOptions
        @OptionGroup var search: SearchOptions
        @Option(help: ArgumentHelp(.allocateSVG, valueName: "path")) var svg: String?
        @Option(help: ArgumentHelp(.allocateParty, valueName: "party")) var party: String?
        @Option(help: ArgumentHelp(.allocateCluster)) var cluster: String?

        func validate() throws {
            if search.explain && search.json {
                throw ValidationError(CLILanguage.text(WorkflowMessage.conflict(.explainAndJSON)))
            }
        }

        func run() async throws {
            let language = CLILanguage.current
            var input = AllocateBooths.Input()
            input.cluster = cluster
            input.search = search.settings
            input.publish = publishing.publish
            input.note = publishing.note
            input.svg = svg
            input.party = party
            input.language = language
            input.upperBound = search.explain
            let progress = ProgressLine()
            let outcome = try AllocateBooths(source: source.source).run(
                input, context: CommandContext.change(), clock: ContinuousClock()
            ) {
                step in
                progress.update(
                    CLILanguage.text(
                        WorkflowMessage.allocating(
                            iteration: step.iteration, of: step.maximumIterations, placed: step.placedParties)
                    ))
            }
            progress.finish()
            try SolvingOutput.render(
                outcome, output: Output(json: search.json), explain: search.explain, language: language)
            // A run the time guard cut may not repeat for its seed: say so (the account says it too).
            if !outcome.allocation.isRepeatable && !search.explain {
                Output.note(
                    CLILanguage.text(
                        SchedulerMessage.allocationMayNotRepeat(iterations: outcome.allocation.iterations)))
            }
        }
    }
}
