/// Which method produced a timetable.
///
/// Raw values are the stable keys used in JSON output.
public enum TimetableMethod: String, CaseIterable, Codable, Sendable {
    /// Branch and bound with constraint propagation, run to the end of its node budget (small
    /// instances, see `SearchLimits.exactSessionLimit`).
    case exact
    /// Branch and bound first, then local search from its best timetable, because the node budget
    /// ended before the exact method proved its timetable optimal.
    case exactThenLocalSearch = "exact-then-local-search"
    /// Greedy construction and local search only (instances beyond the exact method's size).
    case localSearch = "local-search"
    /// The event has a timeslot grid: `GridTimetabler` placed the sessions slot by slot.
    case grid
    /// The event has a timeslot grid of a few dozen sessions: branch and bound on the hard rules
    /// (`GridExactSearch`), then late acceptance hill climbing on the soft goals from its timetable.
    case gridExact = "grid-exact"
}
