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

    /// Creates limits.
    public init(timeBudget: Duration = .seconds(5), maximumIterations: Int = 200_000) {
        self.timeBudget = timeBudget
        self.maximumIterations = maximumIterations
    }

    /// Limits for tests and small instances: plenty of iterations, a generous time budget.
    public static let standard = SearchLimits()
}
