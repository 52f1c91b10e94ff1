import ArgumentParser
import Workflow

/// The options every search command shares: seed, limits, output form.
struct SearchOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.optionSeed))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp(.optionIterations))
    var iterations = 200_000

    @Option(help: ArgumentHelp(.optionTimeLimit))
    var timeLimit = 10.0

    @Flag(help: ArgumentHelp(.optionExplain))
    var explain = false

    @Flag(help: ArgumentHelp(.optionJSON))
    var json = false

    /// The search settings as the use cases take them.
    var settings: SearchSettings {
        SearchSettings(seed: seed, iterations: iterations, timeLimit: timeLimit)
    }
}
