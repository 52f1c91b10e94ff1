public import Planning

extension GridTimetabler {
    /// Rounds that leave out one session and timetable the others again.
    public static let singleDropRounds = 8

    /// Timetables a plan whose event has a timeslot grid (`Event.timeslots`): every session with
    /// a place on the grid gets a timeslot and a room, keeping to every hard rule; the sessions
    /// with no place, and those that broke a hard rule wherever the search put them, come back
    /// unplaced with the reason.
    ///
    /// Up to `limits.exactSessionLimit` sessions, a branch and bound on the hard rules
    /// (`GridExactSearch`, `limits.exactNodes` nodes) first finds the most sessions that can be
    /// placed together and proves it; the local search then improves the soft goals from its
    /// timetable. Beyond that size, or when the node budget runs out first, the search runs on
    /// the grid problem (`GridPlanMapping`) alone. When its best timetable still
    /// breaks a hard rule, one session taking part is left out (`GridModel.hardBreakers`: the
    /// one that would break most wherever it went) and the others are timetabled again, for up
    /// to ``singleDropRounds`` rounds within the time limit; after that, every session still
    /// taking part is left out at once and the rest timetabled a last time (keeping their
    /// places if that run breaks a hard rule). The result's `grid` holds the score by named component; the same seed and
    /// iterations give the same result.
    public func solve<C: Clock>(
        plan: Plan, publishedProgramme: [SessionPlacement] = [], clock: C
    ) throws(SchedulerError) -> TimetableResult where C.Duration == Duration {
        let started = clock.now
        var mapping = GridPlanMapping(plan: plan, publishedProgramme: publishedProgramme)
        if !mapping.sessions.isEmpty && mapping.sessions.count <= limits.exactSessionLimit {
            try mapping.problem.validate()
            let model = GridModel(problem: mapping.problem)
            var exact = GridExactSearch(model: model, budget: limits.exactNodes)
            exact.deadline = SearchDeadline(clock: clock, deadline: started.advanced(by: limits.timeBudget))
            exact.run()
            if exact.complete || exact.bestPlaced == mapping.sessions.count {
                return try solve(mapping, exactly: exact, plan: plan, started: started, clock: clock)
            }
        }
        var grid: GridResult?
        var rounds = 0
        var spent = 0
        var cut = false
        while !mapping.sessions.isEmpty {
            var again = self
            again.limits.timeBudget = max(.zero, limits.timeBudget - started.duration(to: clock.now))
            var result = try again.solve(mapping.problem, clock: clock)
            spent += result.iterations
            cut = cut || result.stoppedByTime
            let model = GridModel(problem: mapping.problem)
            let cells = result.cells.map { $0.timeslot * model.roomCount + $0.room }
            let oneByOne = rounds < Self.singleDropRounds && !cut
            let breakers = model.hardBreakers(cells: cells, limit: oneByOne ? 1 : .max)
            if breakers.isEmpty {
                result.iterations = spent
                result.stoppedByTime = cut
                grid = result
                break
            }
            for (position, components) in breakers { mapping.leaveOut(position, breaking: components) }
            let left = Set(breakers.map(\.session))
            let kept = mapping.sessions.indices.filter { !left.contains($0) }
            mapping = mapping.keeping(kept)
            rounds += 1
            if !oneByOne {
                // Every session left breaks no hard rule where it is: search once more from
                // scratch, and keep those places if that search does worse.
                let keptCells = kept.map { result.cells[$0] }
                var last = self
                last.limits.timeBudget = max(.zero, limits.timeBudget - started.duration(to: clock.now))
                var final = mapping.sessions.isEmpty ? nil : try last.solve(mapping.problem, clock: clock)
                if var best = final {
                    spent += best.iterations
                    cut = cut || best.stoppedByTime
                    if best.score.hard > 0 {
                        best.cells = keptCells
                        best.score = try Self.score(mapping.problem, cells: keptCells)
                    }
                    best.iterations = spent
                    best.stoppedByTime = cut
                    final = best
                }
                grid = final
                break
            }
        }
        return timetable(mapping, grid: grid, plan: plan)
    }

    /// The timetable from the branch and bound's proven best: the sessions it leaves out named
    /// with the rules they would break wherever they went, the others improved on the soft goals
    /// from its timetable (which keeps every hard rule, so the result does too).
    private func solve<C: Clock>(
        _ mapping: GridPlanMapping, exactly exact: GridExactSearch, plan: Plan, started: C.Instant,
        clock: C
    ) throws(SchedulerError) -> TimetableResult where C.Duration == Duration {
        var mapping = mapping
        let model = exact.model
        let kept = mapping.sessions.indices.filter { exact.best[$0] >= 0 }
        let keptMask = exact.best.map { $0 >= 0 }
        let missing = !mapping.unplaced.isEmpty || kept.count < mapping.sessions.count
        for position in mapping.sessions.indices where exact.best[position] < 0 {
            mapping.leaveOut(
                position, breaking: model.hardComponentsWherever(position, cells: exact.best, kept: keptMask))
        }
        let start = kept.map {
            GridCell(timeslot: exact.best[$0] / model.roomCount, room: exact.best[$0] % model.roomCount)
        }
        mapping = mapping.keeping(kept)
        var grid: GridResult?
        if !kept.isEmpty {
            var rest = self
            rest.limits.timeBudget = max(.zero, limits.timeBudget - started.duration(to: clock.now))
            var result = try rest.solve(mapping.problem, from: start, clock: clock)
            if result.score.hard > 0 {
                result.cells = start
                result.score = try Self.score(mapping.problem, cells: start)
            }
            grid = result
        }
        var timetable = timetable(mapping, grid: grid, plan: plan)
        timetable.proof = TimetableProof(
            method: .gridExact, nodes: exact.nodes, feasibility: missing ? .infeasible : .feasible,
            mostPlaced: true, stoppedByTime: exact.deadline?.passed ?? false)
        return timetable
    }

    /// The timetable of a grid result, in the form of the free-start timetabler's.
    private func timetable(_ mapping: GridPlanMapping, grid: GridResult?, plan: Plan) -> TimetableResult {
        var entries: [TimetableEntry] = []
        for (position, cell) in (grid?.cells ?? []).enumerated() {
            let session = mapping.sessions[position]
            let slot = mapping.timeslots[cell.timeslot]
            let room = mapping.rooms[cell.room]
            entries.append(
                TimetableEntry(
                    session: session.id, title: session.title, room: room.id, roomName: room.name,
                    start: slot.start, end: slot.start.adding(minutes: session.durationMinutes),
                    linkedPoints: session.linkedPoints))
        }
        entries.sort { ($0.start, $0.roomName, $0.title) < ($1.start, $1.roomName, $1.title) }
        let order = Dictionary(mapping.sessions.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let unplaced = mapping.unplaced.sorted {
            (order[$0.session] ?? Int.max, $0.title) < (order[$1.session] ?? Int.max, $1.title)
        }
        var tests: [LinkTest] = []
        for point in plan.connectionPoints {
            for first in point.firstLinkedOfEachDay(entries, start: { $0.start }, linked: { $0.linkedPoints })
            {
                tests.append(
                    LinkTest(
                        point: point.id, pointName: point.name,
                        start: first.start.adding(minutes: -point.linkTestLeadMinutes), end: first.start,
                        session: first.session))
            }
        }
        tests.sort { ($0.start, $0.pointName) < ($1.start, $1.pointName) }
        var result = TimetableResult(
            seed: seed, timetable: entries, linkTests: tests, score: TimetableScore(components: []),
            unplaced: unplaced, iterations: grid?.iterations ?? 0,
            stoppedByTime: grid?.stoppedByTime ?? false,
            pinned: plan.sessions.filter(\.isPinnedInPlace).map(\.id),
            proof: TimetableProof(method: .grid, feasibility: unplaced.isEmpty ? .feasible : .unknown))
        result.grid = grid?.score ?? (try? Self.score(mapping.problem, cells: []))
        return result
    }
}
