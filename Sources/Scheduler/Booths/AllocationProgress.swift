/// A progress report of a running booth allocation (after construction, every 1,000 iterations,
/// and at the end).
public struct AllocationProgress: Hashable, Sendable {
    /// The phase of the run.
    public enum Phase: String, Hashable, Sendable {
        /// Greedy construction has finished.
        case constructed
        /// Local search is running.
        case searching
        /// The run has finished.
        case finished
    }

    /// The phase.
    public var phase: Phase
    /// Local-search iterations done.
    public var iteration: Int
    /// The iteration cap.
    public var maximumIterations: Int
    /// The current plan's score.
    public var currentScore: Double
    /// The best score found so far.
    public var bestScore: Double
    /// Parties placed in the best plan.
    public var placedParties: Int

    /// Creates a report.
    public init(
        phase: Phase, iteration: Int, maximumIterations: Int, currentScore: Double, bestScore: Double,
        placedParties: Int
    ) {
        self.phase = phase
        self.iteration = iteration
        self.maximumIterations = maximumIterations
        self.currentScore = currentScore
        self.bestScore = bestScore
        self.placedParties = placedParties
    }
}
