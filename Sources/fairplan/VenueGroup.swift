import ArgumentParser

extension FairPlan {
    /// `fairplan venue`: check and show venue files.
    struct VenueGroup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "venue",
            abstract: "Check venue files, draw their floor plans, set a plan's venue.",
            discussion: "Venue files are XML in the format described in Venues/README.md.",
            subcommands: [Check.self, Show.self, Use.self]
        )
    }
}
