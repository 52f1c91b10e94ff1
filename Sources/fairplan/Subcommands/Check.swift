import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan check booths|sessions FILE`: checks a hand-made booth plan or programme.
    struct Check: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.checkAbstract.localized, discussion: HelpText.checkDiscussion.localized)
        }

        /// What to check.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case booths, sessions
        }

        @Argument(help: ArgumentHelp(.checkTarget)) var target: Target
        @Argument(help: ArgumentHelp(.checkFile)) var file: String
        @OptionGroup var source: SourceOptions
        @Flag(help: ArgumentHelp(.checkJSON)) var json = false

        func run() async throws {
            let output = Output(json: json)
            let language = CLILanguage.current
            let failed: Bool
            switch target {
            case .booths:
                let outcome = try CheckBoothPlan(source: source.source).run(file: file)
                try SolvingOutput.render(outcome, output: output, language: language)
                failed = outcome.failed
            case .sessions:
                let outcome = try CheckProgramme(source: source.source).run(file: file)
                try SolvingOutput.render(outcome, output: output, language: language)
                failed = outcome.failed
            }
            if failed { throw ExitCode.failure }
        }
    }
}
