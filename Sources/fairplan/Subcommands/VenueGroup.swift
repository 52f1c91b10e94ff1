import ArgumentParser

extension FairPlan {
    /// `fairplan venue`: check and show venue files, set a plan's venue.
    struct VenueGroup: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "venue", abstract: HelpText.venueAbstract.localized,
                discussion: HelpText.venueDiscussion.localized,
                subcommands: [Check.self, Show.self, Use.self])
        }
    }
}
