import ArgumentParser

/// `fairplan-bench`: measures FairPlan's speed and memory on synthetic data (run it in release).
@main
struct FairPlanBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fairplan-bench",
        abstract: "Measure FairPlan's speed and memory on synthetic data (swift run -c release fairplan-bench ...).",
        subcommands: []
    )
}
