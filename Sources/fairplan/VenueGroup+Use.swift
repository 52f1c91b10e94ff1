import ArgumentParser

extension FairPlan.VenueGroup {
    /// `fairplan venue use FILE`: sets the plan's venue from a venue file.
    struct Use: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a venue file and make it the plan's venue (a copy is kept in the plan).",
            discussion: """
                The file is validated (schema, then venue rules) and refused with every problem on \
                error; warnings are printed. Replacing a venue is refused when booths of the current \
                booth plan are not on the new one.
                """
        )

        @OptionGroup var options: PlanOptions

        @Argument(help: "The venue file.")
        var file: String

        func run() async throws {
            print(try PlanFiles.useVenue(file: file, store: options.openStore()).joined(separator: "\n"))
        }
    }
}
