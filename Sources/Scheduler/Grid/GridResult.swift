/// What the grid timetabler returns: every session's timeslot and room, the score by named
/// component, and how the search ran.
public struct GridResult: Hashable, Codable, Sendable {
    /// The seed of the search.
    public var seed: UInt64
    /// The timeslot and room of each session, in problem order.
    public var cells: [GridCell]
    /// The score by component.
    public var score: GridScore
    /// Local search steps taken.
    public var iterations: Int
    /// Whether the time budget stopped the search (the same seed may then give another timetable).
    public var stoppedByTime: Bool

    /// Creates a result.
    public init(seed: UInt64, cells: [GridCell], score: GridScore, iterations: Int, stoppedByTime: Bool) {
        self.seed = seed
        self.cells = cells
        self.score = score
        self.iterations = iterations
        self.stoppedByTime = stoppedByTime
    }
}
