import ArgumentParser
import Interchange
import Workflow

extension FairPlan.Documents {
    /// `fairplan documents badges [--point CP] [--organisation O]`: name badges, eight per A4 page.
    struct Badges: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: DocumentsHelp.kind(.badges).localized)
        }

        @Option(help: ArgumentHelp(documents: .point)) var point: String?
        @Option(help: ArgumentHelp(documents: .organisation)) var organisation: String?
        @OptionGroup var options: DocumentsOptions

        func run() async throws {
            var input = WriteDocuments.Input(kind: .badges)
            input.point = point
            input.organisation = organisation
            try options.write(input)
        }
    }
}
