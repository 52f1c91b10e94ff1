import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan pin PARTY`, `fairplan pin booths PARTY`, `fairplan pin session SESSION`.
    struct Pin: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.manual(.pinAbstract).localized,
                discussion: HelpText.manual(.pinDiscussion).localized,
                subcommands: [Booths.self, Session.self], defaultSubcommand: Booths.self)
        }

        /// `fairplan pin [booths] PARTY`: pins the party's current booths.
        struct Booths: AsyncParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: HelpText.manual(.pinBoothsAbstract(pin: true)).localized)
            }

            @OptionGroup var options: PlanOption
            @Argument(help: ArgumentHelp(.manual(.pinParty))) var party: String
            @Flag(help: ArgumentHelp(.manual(.force))) var force = false

            func run() async throws {
                var input = PinBooths.Input(party: party, pinned: true)
                input.force = force
                let edit = try PinBooths(store: options.openStore()).run(
                    input, context: CommandContext.change())
                Output().lines(ManualRendering.lines(edit, pinning: true, language: CLILanguage.current))
            }
        }

        /// `fairplan pin session SESSION`: pins a placed session where it is.
        struct Session: AsyncParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: HelpText.manual(.pinSessionAbstract(pin: true)).localized)
            }

            @OptionGroup var options: PlanOption
            @Argument(help: ArgumentHelp(.manual(.sessionArgument))) var session: String
            @Flag(help: ArgumentHelp(.manual(.force))) var force = false

            func run() async throws {
                var input = PinSession.Input(session: session, pinned: true)
                input.force = force
                let edit = try PinSession(store: options.openStore()).run(
                    input, context: CommandContext.change())
                Output().lines(ManualRendering.lines(edit, action: .pin, language: CLILanguage.current))
            }
        }
    }
}
