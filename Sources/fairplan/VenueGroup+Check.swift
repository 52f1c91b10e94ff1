import ArgumentParser
import Interchange

extension FairPlan.VenueGroup {
    /// `fairplan venue check FILE...`: validates venue files and summarises them.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate venue files (schema and venue rules) and print a summary of each.",
            discussion: "Every problem is listed with its file and line. Exits 1 when any file has errors."
        )

        @Argument(help: "Venue files to check.")
        var files: [String]

        func run() async throws {
            let report = VenueCheck.check(files: files)
            print(report.text, terminator: "")
            if report.failed { throw ExitCode.failure }
        }
    }
}
