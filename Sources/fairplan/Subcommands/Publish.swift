import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan publish booths|sessions [--note N]`: publishes the working booth plan or
    /// programme, checked, as the next version.
    struct Publish: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.manual(.publishAbstract).localized,
                discussion: HelpText.manual(.publishDiscussion).localized)
        }

        /// What to publish.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case booths, sessions

            /// `booths` or `sessions`; `programme` too, the word `restore` and `changes` use.
            init?(argument: String) {
                self.init(rawValue: argument == "programme" ? "sessions" : argument)
            }
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.manual(.publishTarget))) var target: Target
        @Option(help: ArgumentHelp(.optionNote)) var note: String?
        @Flag(help: ArgumentHelp(.checkJSON)) var json = false

        func run() async throws {
            let output = Output(json: json)
            let language = CLILanguage.current
            let use = PublishPlan(store: try options.openStore())
            let failed: Bool
            switch target {
            case .booths:
                let outcome = try use.booths(note: note, context: CommandContext.change())
                try SolvingOutput.render(outcome, output: output, publishing: true, language: language)
                failed = outcome.failed
            case .sessions:
                let outcome = try use.programme(note: note, context: CommandContext.change())
                try SolvingOutput.render(outcome, output: output, publishing: true, language: language)
                failed = outcome.failed
            }
            if failed { throw ExitCode.failure }
        }
    }
}
