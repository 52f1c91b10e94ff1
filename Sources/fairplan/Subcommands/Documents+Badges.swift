import ArgumentParser
import Interchange
import Workflow

extension FairPlan.Documents {
    /// `fairplan documents badges [--point CP]`: name badges, eight per A4 page.
    struct Badges: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: DocumentsHelp.kind(.badges).localized)
        }

        @Option(help: ArgumentHelp(documents: .point)) var point: String?
        @OptionGroup var options: DocumentsOptions

        func run() async throws {
            var input = WriteDocuments.Input(kind: .badges)
            input.point = point
            try options.write(input)
        }
    }
}
