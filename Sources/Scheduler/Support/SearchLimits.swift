/// How long a local search may run: a time budget and an iteration cap, whichever comes first.
///
/// The search always returns the best plan found so far when a limit is reached. Iteration caps make
/// runs reproducible for a seed; the time budget only ever cuts a run short. The budget is measured
/// on the clock the caller passes to the search (the Scheduler reads no clock of its own), so a
/// test clock makes even a time-limited run reproducible.
public struct SearchLimits: Hashable, Sendable {
    /// The time budget, measured on the clock passed to the search.
    public var timeBudget: Duration
    /// The most improvement steps tried.
    public var maximumIterations: Int

    /// The timetabler's exact method runs on problems of at most this many sessions (see
    /// `Timetabler`); 0 turns it off.
    public var exactSessionLimit: Int
    /// The branch-and-bound decisions each step of the exact method may take, when not
    /// ``maximumIterations``: a count, not a time, so results repeat (the time budget remains a
    /// guard over the exact method too).
    public var exactNodeBudget: Int?

    /// The branch-and-bound decisions each step of the exact method may take: ``exactNodeBudget``,
    /// or as many as the local search's iterations.
    public var exactNodes: Int { exactNodeBudget ?? maximumIterations }

    /// The default size limit of the exact method: measured on the synthetic instances, branch and
    /// bound proves 24-session problems optimal well inside its node budget, while 80 sessions
    /// spend the budget without a proof (see the README).
    public static let defaultExactSessionLimit = 40

    /// Creates limits.
    public init(
        timeBudget: Duration = .seconds(5), maximumIterations: Int = 200_000,
        exactSessionLimit: Int = SearchLimits.defaultExactSessionLimit, exactNodes: Int? = nil
    ) {
        self.timeBudget = timeBudget
        self.maximumIterations = maximumIterations
        self.exactSessionLimit = exactSessionLimit
        exactNodeBudget = exactNodes
    }

    /// Limits for tests and small instances: plenty of iterations, a generous time budget.
    public static let standard = SearchLimits()
}
