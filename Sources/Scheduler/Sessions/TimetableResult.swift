public import Planning

/// What the timetabler returns: the timetable, the link tests, the score and the unplaced sessions.
///
/// `Codable` with stable keys for `--json`: `seed`, `timetable`, `linkTests`, `score` (`total`,
/// `components`), `unplaced`, `iterations`, `stoppedByTime`, `proof` (see ``TimetableProof``); times are ISO 8601 with `+07:00`;
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
    /// The method that ran and what it proved (feasibility, optimality, a minimal conflict).
    public var proof: TimetableProof = .localSearch
    /// The sessions pinned in place (an organiser's room and start), in problem order: each is in
    /// ``timetable`` exactly where it was pinned, or in ``unplaced`` with what breaks a rule
    /// there; never elsewhere. Not part of the JSON document.
    public var pinned: [Identifier<Session>] = []
    /// On an event with a timeslot grid, the grid's score by named component (hard and soft);
    /// `score` is then empty.
    public var grid: GridScore?

    /// Creates a result.
    public init(
        seed: UInt64, timetable: [TimetableEntry], linkTests: [LinkTest], score: TimetableScore,
        unplaced: [UnplacedSession], iterations: Int, stoppedByTime: Bool, pinned: [Identifier<Session>] = [],
        proof: TimetableProof = .localSearch
    ) {
        self.seed = seed
        self.timetable = timetable
        self.linkTests = linkTests
        self.score = score
        self.unplaced = unplaced
        self.iterations = iterations
        self.stoppedByTime = stoppedByTime
        self.pinned = pinned
        self.proof = proof
    }

    private enum CodingKeys: String, CodingKey {
        case seed, timetable, linkTests, score, unplaced, iterations, stoppedByTime, proof, grid
    }

    /// The entries of the pinned sessions kept where they were pinned, in timetable order.
    public var keptPins: [TimetableEntry] {
        let pinned = Set(self.pinned)
        return timetable.filter { pinned.contains($0.session) }
    }

    /// The pinned sessions that could not stay where they were pinned without breaking a rule
    /// (each with the rules broken there); they were not moved.
    public var pinsNotKept: [UnplacedSession] {
        let pinned = Set(self.pinned)
        return unplaced.filter { pinned.contains($0.session) }
    }

    /// The timetable as placements, e.g. for `TimetableChecker`.
    public var placements: [SessionPlacement] { timetable.map(\.placement) }
}
