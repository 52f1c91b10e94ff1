import ArgumentParser
import Interchange
import Workflow

extension FairPlan.Documents {
    /// `fairplan documents fascia [--party P]`: a fascia board per booth let.
    struct Fascia: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: DocumentsHelp.kind(.fascia).localized)
        }

        @Option(help: ArgumentHelp(documents: .party)) var party: [String] = []
        @OptionGroup var options: DocumentsOptions

        func run() async throws {
            var input = WriteDocuments.Input(kind: .fascia)
            input.parties = party
            try options.write(input)
        }
    }
}
