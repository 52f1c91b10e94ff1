import ArgumentParser
import Planning
import Workflow

extension FairPlan {
    /// `fairplan restore booths|programme VERSION [--yes]`: returns the working booth plan or
    /// programme to a published version, after asking on a terminal.
    struct Restore: AsyncParsableCommand {
        /// What is returned to a version, as typed.
        enum Target: String, CaseIterable, ExpressibleByArgument {
            case booths, programme

            /// `booths` or `programme`; `sessions` too, the word `publish sessions` uses.
            init?(argument: String) {
                self.init(rawValue: argument == "sessions" ? "programme" : argument)
            }

            /// The kind of publication.
            var kind: PublicationKind {
                switch self {
                case .booths: .boothPlan
                case .programme: .programme
                }
            }
        }

        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.journal(.restoreAbstract).localized,
                discussion: HelpText.journal(.restoreDiscussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.journal(.restoreTarget))) var target: Target
        @Argument(help: ArgumentHelp(.journal(.restoreVersion))) var version: Int
        @OptionGroup var confirm: ConfirmOption

        func run() async throws {
            let restore = RestoreVersion(store: try options.openStore())
            try restore.requireVersion(target.kind, version: version)
            try Confirmation.confirm(
                HelpText.journal(.restoreQuestion(target.kind, version: version)), yes: confirm.yes)
            let restoration = try restore.run(target.kind, version: version, context: CommandContext.change())
            Output().lines(JournalRendering.lines(restoration, language: CLILanguage.current))
        }
    }
}
