import Synchronization

/// The solver runs started from the console, the latest of each plan: at most one runs per plan
/// at a time. The solvers report their progress synchronously from their own task, so the runs
/// are kept behind a lock rather than in an actor.
final class SolverRuns: Sendable {
    /// The latest run of each plan, by slug.
    private let runs = Mutex<[String: SolverRun]>([:])

    /// An empty record.
    init() {}

    /// Starts a run of `kind` on `site` for `user` at `now`; false when one is already running
    /// there (nothing is started then).
    func start(site: String, kind: SolverRun.Kind, user: String, at now: Double) -> Bool {
        runs.withLock { runs in
            if let current = runs[site], current.isRunning { return false }
            runs[site] = SolverRun(kind: kind, startedBy: user, startedAt: now)
            return true
        }
    }

    /// Records a progress report of the run on `site`.
    func report(
        site: String, phase: String, iterations: Int, maximumIterations: Int?, bestScore: String?
    ) {
        runs.withLock { runs in
            guard var run = runs[site], run.isRunning else { return }
            run.phase = phase
            run.iterations = iterations
            run.maximumIterations = maximumIterations
            run.bestScore = bestScore
            runs[site] = run
        }
    }

    /// Ends the run on `site` as `state` at `now`.
    func end(site: String, as state: SolverRun.State, at now: Double) {
        runs.withLock { runs in
            guard var run = runs[site] else { return }
            run.state = state
            run.endedAt = now
            runs[site] = run
        }
    }

    /// The latest run on `site`, nil when none was started since the portal started.
    func run(site: String) -> SolverRun? {
        runs.withLock { $0[site] }
    }
}
