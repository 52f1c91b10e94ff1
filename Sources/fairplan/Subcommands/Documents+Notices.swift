import ArgumentParser
import Interchange
import Workflow

extension FairPlan.Documents {
    /// `fairplan documents notices [--party P | --point CP] [--from N] [--to M]`: change notices.
    struct Notices: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: DocumentsHelp.kind(.notices).localized)
        }

        @Option(help: ArgumentHelp(documents: .party)) var party: [String] = []
        @Option(help: ArgumentHelp(documents: .point)) var point: String?
        @Option(help: ArgumentHelp(documents: .fromVersion)) var from: Int?
        @Option(help: ArgumentHelp(documents: .toVersion)) var to: Int?
        @OptionGroup var options: DocumentsOptions

        func run() async throws {
            var input = WriteDocuments.Input(kind: .notices)
            input.parties = party
            input.point = point
            input.from = from
            input.to = to
            try options.write(input)
        }
    }
}
