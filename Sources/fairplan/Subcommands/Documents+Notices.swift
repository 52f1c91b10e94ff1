import ArgumentParser
import Interchange
import Workflow

extension FairPlan.Documents {
    /// `fairplan documents notices [--party P | --point CP]`: change notices.
    struct Notices: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: DocumentsHelp.kind(.notices).localized)
        }

        @Option(help: ArgumentHelp(documents: .party)) var party: String?
        @Option(help: ArgumentHelp(documents: .point)) var point: String?
        @OptionGroup var options: DocumentsOptions

        func run() async throws {
            var input = WriteDocuments.Input(kind: .notices)
            input.party = party
            input.point = point
            try options.write(input)
        }
    }
}
