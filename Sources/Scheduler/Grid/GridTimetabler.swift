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
/// one may take the vacated cell, and one step in 32 exchanges every session of two timeslots (each
/// keeping its room) or of two rooms on one day (each keeping its timeslot); a move is kept when
/// the timetable is no worse than now or than `history` steps ago (by default a tenth of the
/// iterations per session, 50 to 5,000). Each move is scored incrementally: the moved sessions'
/// own costs, their pairs with every other session (from a table of what each pair shares), the
/// crowd rule in the timeslots they leave and enter, and their people's days. It returns the best
/// timetable seen; a debug build checks its score against one recomputed from scratch.
///
/// **Time.** It reads no clock of its own: the time budget of ``SearchLimits`` is measured on the
/// clock passed, every 1,024 steps. The result is a pure function of the problem, the seed and
/// the iteration cap unless the budget cuts the search (``GridResult/stoppedByTime``).
public struct GridTimetabler: Sendable {
    /// The seed of every random choice.
    var seed: UInt64
    /// The iteration cap and the time budget.
    var limits: SearchLimits
    /// How many steps back a move is compared with; nil for ``defaultHistory(iterations:sessions:)``.
    var history: Int?

    /// Creates a timetabler.
    public init(seed: UInt64 = 1, limits: SearchLimits = .standard, history: Int? = nil) {
        self.seed = seed
        self.limits = limits
        self.history = history
    }

    /// Timetables a problem.
    ///
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` when the problem is inconsistent.
    public func solve<C: Clock>(_ problem: GridProblem, clock: C) throws(SchedulerError) -> GridResult
    where C.Duration == Duration {
        try solve(problem, from: nil, clock: clock)
    }

    /// Timetables `problem` from `start` (a cell per session) when given, else from the
    /// construction.
    func solve<C: Clock>(_ problem: GridProblem, from start: [GridCell]?, clock: C) throws(SchedulerError)
        -> GridResult where C.Duration == Duration
    {
        try problem.validate()
        let model = GridModel(problem: problem)
        var search = GridSearch(model: model, seed: seed)
        if let start {
            search.start(from: start.map { $0.timeslot * model.roomCount + $0.room })
        } else {
            search.construct()
        }
        let started = clock.now
        let budget = limits.timeBudget
        let length =
            history
            ?? Self.defaultHistory(iterations: limits.maximumIterations, sessions: problem.sessions.count)
        search.improve(iterations: limits.maximumIterations, history: length) {
            started.duration(to: clock.now) > budget
        }
        assert(
            {
                var check = GridWeightedTally(model.weights)
                model.tally(cells: search.best, into: &check)
                return check.cost == search.bestCost
            }(), "incremental and recomputed grid scores differ")
        let cells = search.best.map { GridCell(timeslot: $0 / model.roomCount, room: $0 % model.roomCount) }
        return GridResult(
            seed: seed, cells: cells, score: Self.score(model, cells: search.best),
            iterations: search.iterations,
            stoppedByTime: search.stoppedByTime)
    }

    /// The late acceptance history when none is given: a tenth of the iterations per session, from
    /// 50 to 5,000. Measured on Timefold's instances (200,000 iterations): a short history settles
    /// sooner and ends lower on 216 talks (100 against 400: −8.43 against −9.38 million), a long one
    /// explores more and ends lower on 18 and 36 talks (2,000 against 400).
    public static func defaultHistory(iterations: Int, sessions: Int) -> Int {
        min(5_000, max(50, iterations / max(1, 10 * sessions)))
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
