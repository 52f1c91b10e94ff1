/// One run of a solver started from the staff console, as its progress page shows it: what runs,
/// who started it, how far it is, and how it ended.
struct SolverRun: Sendable {
    /// What runs.
    enum Kind: String, Sendable {
        /// The booth allocation (`fairplan allocate`).
        case allocation
        /// The timetabling of the sessions (`fairplan schedule`).
        case timetabling
    }

    /// How the run stands.
    enum State: Sendable {
        /// Still searching.
        case running
        /// Done and saved: what it did.
        case finished(StaffMessage)
        /// Stopped by an error (worded in the reader's language when shown).
        case failed(any Error)
    }

    /// What runs.
    let kind: Kind
    /// The account that started it.
    let startedBy: String
    /// When it started (seconds on the portal's monotonic clock).
    let startedAt: Double
    /// The solver's phase (its raw name), nil before the first report.
    var phase: String?
    /// Iterations done.
    var iterations = 0
    /// The iteration cap, when the solver says it.
    var maximumIterations: Int?
    /// The best score so far, as the solver gives it.
    var bestScore: String?
    /// When it ended, if it has.
    var endedAt: Double?
    /// How it stands.
    var state = State.running

    /// A run of `kind` started by `startedBy` at `startedAt`.
    init(kind: Kind, startedBy: String, startedAt: Double) {
        self.kind = kind
        self.startedBy = startedBy
        self.startedAt = startedAt
    }

    /// Whether it is still searching.
    var isRunning: Bool {
        if case .running = state { return true }
        return false
    }
}
