import ArgumentParser
import Interchange
import Workflow

extension FairPlan.Documents {
    /// `fairplan documents lists [--list NAME]`: the official lists.
    struct Lists: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: DocumentsHelp.kind(.lists).localized)
        }

        @Option(help: ArgumentHelp(documents: .list)) var list: String?
        @OptionGroup var options: DocumentsOptions

        func run() async throws {
            var input = WriteDocuments.Input(kind: .lists)
            input.list = list
            try options.write(input)
        }
    }
}
