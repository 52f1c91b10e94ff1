/// A progress report from a running timetabler, for a command-line progress line.
public struct TimetableProgress: Hashable, Sendable {
    /// The phase of the search.
    public enum Phase: String, Hashable, Sendable {
        /// The exact method (branch and bound) is searching: `iterations` counts its decisions,
        /// `placed` the most sessions a timetable it found places.
        case exactSearch = "exact-search"
        /// The exact method (branch and bound) has finished.
        case exact
        /// Placing sessions one by one, most constrained first.
        case construction
        /// Improving by moves, swaps and ejections.
        case localSearch = "local-search"
        /// Done.
        case finished
    }

    /// The phase.
    public var phase: Phase
    /// Local-search iterations done so far.
    public var iterations: Int
    /// Sessions placed in the best timetable so far.
    public var placed: Int
    /// Sessions in the problem.
    public var sessions: Int
    /// The best score total so far.
    public var bestScore: Int

    /// Creates a progress report.
    public init(phase: Phase, iterations: Int, placed: Int, sessions: Int, bestScore: Int) {
        self.phase = phase
        self.iterations = iterations
        self.placed = placed
        self.sessions = sessions
        self.bestScore = bestScore
    }
}
