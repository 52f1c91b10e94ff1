/// What the timetabler returns: the timetable, the link tests, the score and the unplaced sessions.
///
/// `Codable` with stable keys for `--json`: `seed`, `timetable`, `linkTests`, `score` (`total`,
/// `components`), `unplaced`, `iterations`, `stoppedByTime`; times are ISO 8601 with `+07:00`;
/// wording (a component's `label`, a reason's `message`) carries both languages.
public struct TimetableResult: Hashable, Codable, Sendable {
    /// The seed the run used.
    public var seed: UInt64
    /// The placed sessions, by start then room.
    public var timetable: [TimetableEntry]
    /// The link test of every connection point with a linked session, by start.
    public var linkTests: [LinkTest]
    /// The score by component.
    public var score: TimetableScore
    /// The sessions not placed, with their blocking constraints, in problem order.
    public var unplaced: [UnplacedSession]
    /// Local-search iterations run.
    public var iterations: Int
    /// Whether the time budget, not the iteration cap, ended the search.
    public var stoppedByTime: Bool

    /// Creates a result.
    public init(
        seed: UInt64, timetable: [TimetableEntry], linkTests: [LinkTest], score: TimetableScore,
        unplaced: [UnplacedSession], iterations: Int, stoppedByTime: Bool
    ) {
        self.seed = seed
        self.timetable = timetable
        self.linkTests = linkTests
        self.score = score
        self.unplaced = unplaced
        self.iterations = iterations
        self.stoppedByTime = stoppedByTime
    }

    /// The timetable as placements, e.g. for `TimetableChecker`.
    public var placements: [SessionPlacement] { timetable.map(\.placement) }
}
