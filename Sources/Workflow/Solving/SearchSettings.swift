public import Scheduler

/// A search's settings as people give them: the seed, the most improvement steps, the time
/// budget in seconds. ``limits()`` checks them against ``InputLimits``.
public struct SearchSettings: Sendable {
    /// The random seed: the same seed gives the same result.
    public var seed: UInt64
    /// The most improvement steps. The booth allocator runs the smaller of this and its budget
    /// scaled to the instance (``BoothAllocator``), so a run is a pure function of the plan, the
    /// seed and this cap.
    public var iterations: Int
    /// The time budget in seconds: a guard only. The booth allocator counts it from the start of
    /// the run and stops within 10% of it, saying the result may not repeat
    /// (``BoothAllocation/isRepeatable``).
    public var timeLimit: Double

    /// Settings.
    public init(seed: UInt64 = 1, iterations: Int = 200_000, timeLimit: Double = 10) {
        self.seed = seed
        self.iterations = iterations
        self.timeLimit = timeLimit
    }

    /// The search limits, refusing an iteration count or a time limit out of range (infinite,
    /// not a number, negative, beyond an hour).
    public func limits() throws(WorkflowError) -> SearchLimits {
        let iterations = try WrittenValue.integer(
            self.iterations, field: .iterations, in: InputLimits.iterations)
        guard timeLimit.isFinite, InputLimits.timeLimitSeconds.contains(timeLimit) else {
            throw .invalidValue(
                .timeLimit, value: "\(timeLimit)",
                expected: .seconds(
                    minimum: InputLimits.timeLimitSeconds.lowerBound,
                    maximum: InputLimits.timeLimitSeconds.upperBound))
        }
        return SearchLimits(
            timeBudget: .milliseconds(Int64((timeLimit * 1000).rounded())), maximumIterations: iterations)
    }
}
