import ArgumentParser

/// `fairplan-bench`: measures FairPlan's speed and memory on synthetic data (run it in release).
///
/// One subcommand per file (`FairPlanBench+Export.swift`, ...); the measuring helpers
/// (`PeakMemory`, `Stopwatch`, `BenchTable`) are shared by every subcommand.
@main
struct FairPlanBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fairplan-bench",
        abstract: "Measure FairPlan's speed and memory on synthetic data.",
        discussion: """
            Build in release for meaningful figures: \
            swift run -c release fairplan-bench export --rows 1000000
            """,
        subcommands: [Export.self, Import.self, Allocate.self, Schedule.self, MeasureCommand.self]
    )
}
