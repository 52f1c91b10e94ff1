import ArgumentParser
import Interchange
import Planning
import Workflow

extension FairPlan {
    /// `fairplan import FILE... [--check] [--skip-invalid] [--update] [--on DATE]`: imports filled
    /// templates (booth requests included); rows already in the plan are not imported again.
    struct Import: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.importAbstract.localized,
                discussion: HelpText.importing(.discussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.importFiles)) var files: [String]
        @Flag(help: ArgumentHelp(.importCheck)) var check = false
        @Flag(help: ArgumentHelp(.importSkipInvalid)) var skipInvalid = false
        @Flag(help: ArgumentHelp(.importing(.update))) var update = false
        @Option(help: ArgumentHelp(.importOn, valueName: "date")) var on: String?

        func run() async throws {
            var input = ImportRegistrations.Input(files: files)
            input.checkOnly = check
            input.skipInvalid = skipInvalid
            input.update = update
            input.checkingDay = on
            let out = Output()
            let language = CLILanguage.current
            let outcome = try ImportRegistrations(plan: options.plan, folder: PlanOption.folder).run(
                input, context: CommandContext.change(),
                willWrite: { out.say(WorkflowMessage.importing(path: $0)) })
            out.line(outcome.report.rendered(in: language))
            if let path = outcome.planPath, let summary = outcome.summary {
                out.say(WorkflowMessage.imported(path: path, summary: summary))
                if !outcome.shownBy.isEmpty {
                    out.say(WorkflowMessage.shownAtBooths(parties: outcome.shownBy))
                }
            } else if let nothingWritten = outcome.nothingWritten {
                out.say(WorkflowMessage.imports(nothingWritten))
            } else if let path = outcome.planPath, check {
                out.say(WorkflowMessage.checkedOnly(path: path))
            }
            if !outcome.report.isImportable { throw ExitCode.failure }
        }
    }
}
