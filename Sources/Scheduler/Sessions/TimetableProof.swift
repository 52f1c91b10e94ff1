/// What a timetabling run proved about its timetable: the method, whether every session can be
/// placed, whether no timetable places more sessions or scores lower, and, when not every session
/// can be placed, a minimal set of constraints that cannot all hold.
///
/// Encodes to JSON as `method`, `nodes`, `feasibility`, `mostPlaced`, `optimal`, `conflict`
/// (issues: `rule`, `sessions`, `message`), `conflictIsMinimal` and `stoppedByTime`.
public struct TimetableProof: Hashable, Codable, Sendable {
    /// Whether a timetable placing every session exists.
    public enum Feasibility: String, Codable, Sendable {
        /// Yes: one was found.
        case feasible
        /// No: the exact method proved that none exists.
        case infeasible
        /// Not known (local search only, or the node budget ended first).
        case unknown
    }

    /// The method that produced the timetable.
    public var method: TimetableMethod
    /// Branch-and-bound decisions taken (0 for local search alone).
    public var nodes: Int
    /// Whether every session can be placed.
    public var feasibility: Feasibility
    /// Proven: no timetable places more sessions than this one.
    public var mostPlaced: Bool
    /// Proven: no timetable placing as many sessions has a lower score.
    public var optimal: Bool
    /// When not every session can be placed: constraints that cannot all hold together (the
    /// opening hours aside), each as an issue worded in both languages; empty otherwise.
    public var conflict: [TimetableIssue]
    /// Whether each constraint of ``conflict`` was proven necessary (dropping any one of them
    /// lets every session concerned be placed).
    public var conflictIsMinimal: Bool
    /// Whether the time budget stopped the exact method before its node budget: what it did not
    /// prove stays unproven, and another run (on a faster or less busy machine) may find more.
    public var stoppedByTime: Bool
    /// The start grid, in minutes from each day's opening, over which the exact method searched
    /// (with each session's extra starts: published, current, window and availability bounds,
    /// ending at closing): what it proves holds among those starts. Nil when no exact method ran.
    public var startGridMinutes: Int?

    /// Creates a proof.
    public init(
        method: TimetableMethod, nodes: Int = 0, feasibility: Feasibility = .unknown,
        mostPlaced: Bool = false,
        optimal: Bool = false, conflict: [TimetableIssue] = [], conflictIsMinimal: Bool = false,
        stoppedByTime: Bool = false, startGridMinutes: Int? = nil
    ) {
        self.method = method
        self.nodes = nodes
        self.feasibility = feasibility
        self.mostPlaced = mostPlaced
        self.optimal = optimal
        self.conflict = conflict
        self.conflictIsMinimal = conflictIsMinimal
        self.stoppedByTime = stoppedByTime
        self.startGridMinutes = startGridMinutes
    }

    /// Nothing proven: the local search's timetable.
    public static let localSearch = TimetableProof(method: .localSearch)
}
