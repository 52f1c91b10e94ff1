import ArgumentParser

extension FairPlan {
    /// `fairplan list organisations|products|people|parties|booths|sessions [--status S]`.
    struct ListCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the plan's organisations, products, people, parties, booths or sessions.",
            discussion: """
                Tables in Vietnamese order (people by given name, family name, middle names; booths by \
                hall and code; sessions by time). --status filters parties by registration status \
                (pending, confirmed, placed, waitlisted, withdrawn) and booths by state (available, \
                held, assigned, blocked).
                """
        )

        @OptionGroup var options: PlanOptions

        @Argument(help: "What to list: \(PlanListing.Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var kind: PlanListing.Kind

        @Option(help: "Only parties with this registration status, or booths in this state.")
        var status: String?

        func run() async throws {
            print(try PlanListing(store: options.openStore()).render(kind, status: status))
        }
    }
}
