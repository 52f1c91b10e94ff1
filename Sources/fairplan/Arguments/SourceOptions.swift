import ArgumentParser
import Interchange
import Workflow

/// Where a planning command takes its plan from: `--plan`, `--sample`, `--venue`.
struct SourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.optionPlan, valueName: "path"))
    var plan: String?

    @Option(help: ArgumentHelp(.optionSample))
    var sample: SamplePlan?

    @Option(help: ArgumentHelp(.optionVenueForRun, valueName: "file"))
    var venue: String?

    @OptionGroup var language: LanguageOption

    /// The source.
    var source: PlanSource {
        PlanSource(plan: plan, sample: sample, venue: venue, folder: PlanOption.folder)
    }
}
