import ArgumentParser

extension FairPlan {
    /// `fairplan withdraw PARTY`: withdraws a registration and offers its booths to the waiting list.
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Withdraw a party's registration; its booths are freed and offered to the waiting list.",
            discussion: """
                In one transaction the registration becomes withdrawn (final) and its booths leave the \
                booth plan. The freed booths are proposed to waiting parties in waiting-list order \
                (priority, then registration time), each a connected block of the size and services it \
                asked for. The proposal is printed, not applied: make a new booth plan once the parties \
                accept.
                """
        )

        @OptionGroup var options: PlanOptions

        @Argument(help: "The party withdrawing: identifier or name.")
        var party: String

        func run() async throws {
            print(try RegistrationDesk(store: options.openStore()).withdraw(party).joined(separator: "\n"))
        }
    }
}
