import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan unpin PARTY`, `fairplan unpin booths PARTY`, `fairplan unpin session SESSION`.
    struct Unpin: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.manual(.unpinAbstract).localized,
                discussion: HelpText.manual(.unpinDiscussion).localized,
                subcommands: [Booths.self, Session.self], defaultSubcommand: Booths.self)
        }

        /// `fairplan unpin [booths] PARTY`: lifts the pins of the party's booths.
        struct Booths: AsyncParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: HelpText.manual(.pinBoothsAbstract(pin: false)).localized)
            }

            @OptionGroup var options: PlanOption
            @Argument(help: ArgumentHelp(.manual(.pinParty))) var party: String

            func run() async throws {
                let edit = try PinBooths(store: options.openStore()).run(
                    PinBooths.Input(party: party, pinned: false), context: CommandContext.change())
                Output().lines(ManualRendering.lines(edit, pinning: false, language: CLILanguage.current))
            }
        }

        /// `fairplan unpin session SESSION`: lifts a session's pin.
        struct Session: AsyncParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: HelpText.manual(.pinSessionAbstract(pin: false)).localized)
            }

            @OptionGroup var options: PlanOption
            @Argument(help: ArgumentHelp(.manual(.sessionArgument))) var session: String

            func run() async throws {
                let edit = try PinSession(store: options.openStore()).run(
                    PinSession.Input(session: session, pinned: false), context: CommandContext.change())
                Output().lines(ManualRendering.lines(edit, action: .unpin, language: CLILanguage.current))
            }
        }
    }
}
