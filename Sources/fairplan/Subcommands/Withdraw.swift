import ArgumentParser
import Workflow

extension FairPlan {
    /// `fairplan withdraw PARTY`: withdraws a registration and offers its booths to the waiting list.
    struct Withdraw: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.withdrawAbstract.localized,
                discussion: HelpText.withdrawDiscussion.localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.withdrawParty)) var party: String
        @OptionGroup var confirm: ConfirmOption

        func run() async throws {
            try Confirmation.confirm(HelpText.editing(.confirmWithdraw(party: party)), yes: confirm.yes)
            let withdrawal = try WithdrawRegistration(store: options.openStore()).run(
                party, context: CommandContext.change())
            Output().lines(WithdrawalRendering.lines(withdrawal, language: CLILanguage.current))
        }
    }
}
