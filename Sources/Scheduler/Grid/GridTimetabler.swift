/// The grid timetabler: gives every session of a ``GridProblem`` a timeslot and a room.
///
/// **Rules.** A session goes only in a timeslot and a room that take its kind (or where it is
/// pinned, never moved); every other rule is a named, weighted ``GridComponent``: hard ones
/// (rooms and people in one session at a time, people's unavailable timeslots, prerequisites,
/// mutually exclusive tags, the minimum pause, crowd-risk sessions, required and prohibited room
/// tags) must come to 0, soft ones (theme tracks, sectors, content, audience types and levels,
/// languages, same-day grouping, popular sessions in larger rooms, preferred and undesired
/// timeslot and room tags, a person's days) are minimised after them. The score is compared hard
/// first, then soft.
///
/// **Method.** Construction places pinned sessions, then the others, most constrained first
/// (fewest cells without hard cost on their own), each in its cheapest empty cell against those
/// already placed. Late acceptance hill climbing then moves a session to a cell of its domain (a
/// random one, or one in its own room or timeslot), swapping with the session there when that
/// one may take the vacated cell; a move is kept when the timetable is no worse than now or than
/// `history` steps ago. Each move is scored incrementally: the two sessions' own costs, their
/// pairs with every other session (from a table of what each pair shares), the crowd rule in the
/// two timeslots and their people's days. It returns the best timetable seen.
///
/// **Time.** It reads no clock of its own: the time budget of ``SearchLimits`` is measured on the
/// clock passed, every 1,024 steps. The result is a pure function of the problem, the seed and
/// the iteration cap unless the budget cuts the search (``GridResult/stoppedByTime``).
public struct GridTimetabler: Sendable {
    /// The seed of every random choice.
    var seed: UInt64
    /// The iteration cap and the time budget.
    var limits: SearchLimits
    /// How many steps back a move is compared with.
    var history: Int

    /// Creates a timetabler.
    public init(seed: UInt64 = 1, limits: SearchLimits = .standard, history: Int = 400) {
        self.seed = seed
        self.limits = limits
        self.history = history
    }

    /// Timetables a problem.
    ///
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` when the problem is inconsistent.
    public func solve<C: Clock>(_ problem: GridProblem, clock: C) throws(SchedulerError) -> GridResult
    where C.Duration == Duration {
        try problem.validate()
        let model = GridModel(problem: problem)
        var search = GridSearch(model: model, seed: seed)
        search.construct()
        let started = clock.now
        let budget = limits.timeBudget
        search.improve(iterations: limits.maximumIterations, history: history) {
            started.duration(to: clock.now) > budget
        }
        let cells = search.best.map { GridCell(timeslot: $0 / model.roomCount, room: $0 % model.roomCount) }
        return GridResult(
            seed: seed, cells: cells, score: Self.score(model, cells: search.best),
            iterations: search.iterations,
            stoppedByTime: search.stoppedByTime)
    }

    /// Scores a timetable of a problem with the timetabler's own components (cells per session).
    ///
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` when the problem is inconsistent or the
    ///   cells do not match its sessions, timeslots and rooms.
    public static func score(_ problem: GridProblem, cells: [GridCell]) throws(SchedulerError) -> GridScore {
        try problem.validate()
        let rooms = problem.rooms.count
        var codes: [Int] = []
        var problems: [SchedulerError.InstanceProblem] = []
        for (index, cell) in cells.enumerated() {
            if !problem.timeslots.indices.contains(cell.timeslot)
                || !problem.rooms.indices.contains(cell.room)
            {
                let name =
                    problem.sessions.indices.contains(index) ? problem.sessions[index].name : "\(index)"
                problems.append(.gridUnknownIndex(owner: name, index: cell.timeslot))
            }
            codes.append(cell.timeslot * rooms + cell.room)
        }
        if cells.count != problem.sessions.count {
            problems.append(.gridUnknownIndex(owner: "cells", index: cells.count))
        }
        if !problems.isEmpty { throw .invalidInstance(problems) }
        return score(GridModel(problem: problem), cells: codes)
    }

    private static func score(_ model: GridModel, cells: [Int]) -> GridScore {
        var tally = GridComponentTally()
        model.tally(cells: cells, into: &tally)
        let ordered = GridComponent.allCases.filter(\.isHard) + GridComponent.allCases.filter { !$0.isHard }
        return GridScore(
            components: ordered.map { component in
                GridScoreComponent(
                    component: component, value: tally.values[component.ordinal],
                    weight: model.problem.weights[component])
            })
    }
}
