import ArgumentParser
import Interchange
import Workflow

extension FairPlan.Documents {
    /// `fairplan documents invitations [--point CP]`: one invitation per delegate.
    struct Invitations: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: DocumentsHelp.kind(.invitations).localized)
        }

        @Option(help: ArgumentHelp(documents: .point)) var point: String?
        @OptionGroup var options: DocumentsOptions

        func run() async throws {
            var input = WriteDocuments.Input(kind: .invitations)
            input.point = point
            try options.write(input)
        }
    }
}
