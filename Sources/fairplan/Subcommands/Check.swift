import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan check booths|sessions FILE [--publish]`: checks a hand-made booth plan or
    /// programme, and publishes it when asked and it breaks no rule.
    struct Check: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.checkAbstract.localized,
                discussion: HelpText.checkDiscussion.localized + "\n\n"
                    + HelpText.manual(.checkPublish).localized)
        }

        /// What to check.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case booths, sessions
        }

        @Argument(help: ArgumentHelp(.checkTarget)) var target: Target
        @Argument(help: ArgumentHelp(.checkFile)) var file: String
        @OptionGroup var source: SourceOptions
        @OptionGroup var publishing: PublishOptions
        @Flag(help: ArgumentHelp(.checkJSON)) var json = false

        func run() async throws {
            let output = Output(json: json)
            let language = CLILanguage.current
            let publish = publishing.publish
            let failed: Bool
            switch target {
            case .booths:
                let use = CheckBoothPlan(source: source.source)
                let outcome =
                    try publish
                    ? use.publish(file: file, note: publishing.note, context: CommandContext.change())
                    : use.run(file: file)
                try SolvingOutput.render(outcome, output: output, publishing: publish, language: language)
                failed = outcome.failed
            case .sessions:
                let use = CheckProgramme(source: source.source)
                let outcome =
                    try publish
                    ? use.publish(file: file, note: publishing.note, context: CommandContext.change())
                    : use.run(file: file)
                try SolvingOutput.render(outcome, output: output, publishing: publish, language: language)
                failed = outcome.failed
            }
            if failed { throw ExitCode.failure }
        }
    }
}
