public import ArgumentParser
public import Interchange
import Planning
import Workflow

extension DocumentFormat: ExpressibleByArgument {}

/// The options every `fairplan documents` subcommand takes: format, output, plan or sample,
/// number, signer, draft, language.
struct DocumentsOptions: ParsableArguments {
    @Option(help: ArgumentHelp(documents: .format)) var format: DocumentFormat = .odt
    @Option(help: ArgumentHelp(documents: .out, valueName: "path")) var out: String?
    @Option(help: ArgumentHelp(.optionPlan, valueName: "path")) var plan: String?
    @Option(help: ArgumentHelp(.optionSample)) var sample: SamplePlan?
    @Option(help: ArgumentHelp(documents: .number)) var number: String?
    @Option(help: ArgumentHelp(documents: .signer)) var signer: String?
    @Flag(help: ArgumentHelp(documents: .draft)) var draft = false
    @OptionGroup var language: LanguageOption

    /// Writes the papers of `input` (completed with these options) and says where.
    func write(_ input: WriteDocuments.Input) throws {
        var input = input
        input.format = format
        input.output = out
        input.number = number
        input.signer = signer
        input.draft = draft
        input.language = CLILanguage.current
        // Interrupted while LibreOffice converts, nothing is left behind.
        let interruption = format == .pdf ? Interruption(cleanUp: WriteDocuments.cancelConversions) : nil
        defer { interruption?.remove() }
        let written = try WriteDocuments(
            source: PlanSource(plan: plan, sample: sample, folder: PlanOption.folder)
        )
        .run(input, now: WallClock.now(), version: FairPlan.version)
        if let sample = written.fallbackSample {
            Output.note(CLILanguage.text(WorkflowMessage.usingSample(sample.rawValue)))
        }
        guard let path = written.path else {
            if let reason = written.nothingWritten { Output.note(CLILanguage.text(reason)) }
            return
        }
        Output().lines([CLILanguage.text(WorkflowMessage.fileWritten(path: path))])
    }
}
