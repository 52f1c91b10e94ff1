import ArgumentParser
import Interchange
import Workflow

extension FairPlan.Documents {
    /// `fairplan documents exhibitor-letters [--party P]`: a letter to each exhibitor.
    struct ExhibitorLetters: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "exhibitor-letters", abstract: DocumentsHelp.kind(.exhibitorLetters).localized)
        }

        @Option(help: ArgumentHelp(documents: .party)) var party: [String] = []
        @OptionGroup var options: DocumentsOptions

        func run() async throws {
            var input = WriteDocuments.Input(kind: .exhibitorLetters)
            input.parties = party
            try options.write(input)
        }
    }
}
