import ArgumentParser
import Interchange
import Workflow

extension FairPlan.Documents {
    /// `fairplan documents invitations [--point CP] [--organisation O]`: one invitation per delegate.
    struct Invitations: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: DocumentsHelp.kind(.invitations).localized)
        }

        @Option(help: ArgumentHelp(documents: .point)) var point: String?
        @Option(help: ArgumentHelp(documents: .organisation)) var organisation: String?
        @OptionGroup var options: DocumentsOptions

        func run() async throws {
            var input = WriteDocuments.Input(kind: .invitations)
            input.point = point
            input.organisation = organisation
            try options.write(input)
        }
    }
}
