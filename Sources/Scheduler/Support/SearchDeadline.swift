/// The time budget of a search that counts its work (nodes, decisions) rather than time: the
/// caller's clock and a deadline on it, read once every `every` units of work so that reading the
/// clock costs nothing noticeable. Once the deadline is seen passed it stays passed.
///
/// The Scheduler reads no clock of its own: the clock is the one the caller passed to the solver,
/// so a manual clock in a test decides exactly when the deadline passes.
final class SearchDeadline {
    /// Units of work between two readings of the clock.
    let every: Int
    private let isPast: () -> Bool
    private var work = 0
    /// Whether the deadline has been seen passed.
    private(set) var passed = false

    /// A deadline at `deadline` on `clock`, read every `every` units of work (the first reading
    /// after the first `every` units).
    init<C: Clock>(clock: C, deadline: C.Instant, every: Int = 256) {
        self.every = max(1, every)
        isPast = { clock.now >= deadline }
    }

    /// Counts one unit of work; true once the deadline has passed.
    func isUp() -> Bool {
        if passed { return true }
        work += 1
        if work % every == 0 && isPast() { passed = true }
        return passed
    }
}
