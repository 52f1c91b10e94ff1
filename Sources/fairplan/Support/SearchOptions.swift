import ArgumentParser
import Scheduler

/// The options every search command shares: seed, limits, output form.
struct SearchOptions: ParsableArguments {
    @Option(help: "The random seed: the same seed gives the same result.")
    var seed: UInt64 = 1

    @Option(help: "The most improvement steps tried.")
    var iterations = 200_000

    @Option(help: "The time budget in seconds (the best result so far is returned).")
    var timeLimit = 10.0

    @Flag(help: "Print a readable account: placements, score by component, what could not be placed and why.")
    var explain = false

    @Flag(help: "Print the result as JSON (assignment and score components) for other tools.")
    var json = false

    func validate() throws {
        guard iterations >= 0 else { throw ValidationError("--iterations must be 0 or more.") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be more than 0 seconds.") }
        guard !(explain && json) else { throw ValidationError("Choose --explain or --json, not both.") }
    }

    /// The search limits.
    var limits: SearchLimits {
        SearchLimits(timeBudget: .milliseconds(Int(timeLimit * 1000)), maximumIterations: iterations)
    }
}
