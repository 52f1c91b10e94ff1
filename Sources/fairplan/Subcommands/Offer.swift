import ArgumentParser

extension FairPlan {
    /// `fairplan offer`: answer the offers of booths made to the waiting list.
    struct Offer: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "offer", abstract: HelpText.queue(.offerAbstract).localized,
                discussion: HelpText.queue(.offerDiscussion).localized,
                subcommands: [Accept.self, Decline.self, List.self])
        }
    }
}
