public import Planning

/// The session timetabler: places a conference's sessions in rooms and at start times.
///
/// **Rules.** Hard, never broken by a returned timetable: every session lies inside one day's
/// opening hours, at its fixed start or inside its window; a session pinned by an organiser
/// (`Session.pinned` with a room and a start) is at exactly that room and start or not placed at
/// all, and never taken out of its place by the search (when its pin breaks a rule it is
/// returned in `unplaced` with the rules broken there, and its room, people and points stay
/// reserved for it at its pinned time); its room seats the expected audience
/// and has a video link when the session needs one or links connection points; no room, person
/// or connection point is in two sessions at once; every linked point and every participant is
/// available for the whole session; each point's link test fits (see `LinkTest`: its lead time
/// immediately before its first linked session, inside its availability); precedence holds
/// (`first` before every other placed session, `last` after every other, `after(x)` once `x`
/// has ended). A session that cannot be placed without breaking a rule is left out and returned
/// in `unplaced` with the constraints that block it. Soft, weighed by `TimetableWeights`:
/// plenaries over by noon, few idle minutes at a connection point between its linked sessions
/// on a day (each gap counted up to `idleGapCapMinutes`), each track in one room, people's
/// preferred spans, and sessions kept where a published programme put them.
///
/// **Method.** Free and windowed sessions start on a grid of `slotMinutes` from each day's
/// opening, or at a start of their own: the window's start and the start ending at its end, the
/// published start, the current start (one placed by hand), the start ending at a day's closing,
/// and the starts and ends of their people's and points' spans (a point's also after its link
/// test); each session's statically possible rooms and starts are computed once. What the exact
/// method proves holds among these starts (`TimetableProof.startGridMinutes`). Up to `SearchLimits.exactSessionLimit` sessions (40 by default) the exact
/// method runs first (`ExactTimetabler`: branch and bound with forward checking over every
/// session's rooms and starts, a node budget per step): it finds a timetable placing every
/// session whenever one exists, or proves none does and names a minimal set of constraints that
/// cannot all hold (QuickXplain, then deletion filtering), then minimises the soft score among
/// timetables placing the most sessions. When it proves its timetable optimal that timetable is
/// returned; otherwise local search continues from it. `TimetableResult.proof` says which
/// method ran and what was proven. Beyond the limit, local search alone:
/// construction places fixed sessions, then openings, then the others ordered by
/// how few placements they have relative to the people and points they tie up (predecessors
/// before successors), closings last, each at its cheapest feasible placement. Local search
/// (threshold accepting: a move may worsen the score by at most a threshold falling linearly
/// from 120 to 0 over the iteration cap) then tries relocations to the cheapest of 32 sampled
/// placements (for a track's session, half the time in the track's home room), swaps of two
/// sessions' placements, and insertions of an unplaced session that take out up to three
/// sessions in its way and re-place them where they fit best among sampled placements. Every
/// move keeps all hard rules; the score is updated incrementally per placed or removed session
/// (per point and day for idle minutes, per track for rooms). The search
/// stops at `SearchLimits.maximumIterations`, at the time budget, or at a perfect score, and
/// returns the best timetable seen.
///
/// **Time.** The timetabler reads no clock of its own: the caller passes one, and the time budget
/// is measured on it, from one reading at the start, over both methods: every 256 decisions of
/// the exact method and every 256 iterations of the local search. Once it has passed, the exact
/// method stops (proving nothing more) and the local search does not start, beyond the greedy
/// construction when the exact method found no timetable. A command passes the system's
/// continuous clock; a test passes a manual clock to stop the search after a known number of
/// readings.
///
/// **Guarantees.** No hard rule is broken by a placed session. The result is a pure function of
/// the problem, the seed, the iteration cap and the node budget: the same seed gives the same
/// timetable unless the time budget cuts either method short (`stoppedByTime`, and
/// `TimetableProof.stoppedByTime` for the exact method). Unplaced sessions come with reasons. Up to the exact method's size
/// limit, every session is placed when a timetable placing them all exists and the node budget
/// suffices to find it, and the proof says whether infeasibility or optimality was proven; beyond
/// it placing every session is not guaranteed (the problem is NP-hard), but a session is only
/// left out after construction and the search failed to fit it.
public struct Timetabler: Sendable {
    /// The seed of every random choice.
    var seed: UInt64
    /// The search's bounds.
    var limits: SearchLimits

    /// Creates a timetabler.
    public init(seed: UInt64 = 1, limits: SearchLimits = .standard) {
        self.seed = seed
        self.limits = limits
    }

    /// Timetables a problem.
    ///
    /// - Parameters:
    ///   - problem: The problem; validated first.
    ///   - clock: The clock the time budget is measured on.
    ///   - progress: Called after construction, every 8,192 iterations and at the end.
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` when the problem is inconsistent.
    public func solve<C: Clock>(
        _ problem: TimetableProblem, clock: C, progress: (@Sendable (TimetableProgress) -> Void)? = nil
    ) throws(SchedulerError) -> TimetableResult where C.Duration == Duration {
        try problem.validate()
        let model = TimetableModel(problem: problem)
        let (room, start, proof, iterations, stoppedByTime) = run(model, clock: clock, progress: progress)
        var best = TimetableState(model: model)
        for session in model.sessions.indices where room[session] >= 0 {
            best.place(session, room: room[session], at: start[session])
        }
        let score = model.score(room: best.room, start: best.start)
        assert(score.total == best.cost, "incremental and recomputed scores differ")
        let timetable = entries(best)
        let pinIssues = pinnedIssues(problem, timetable: timetable)
        return TimetableResult(
            seed: seed, timetable: timetable, linkTests: linkTests(best), score: score,
            unplaced: model.sessions.indices.filter { !best.isPlaced($0) }.map { session in
                let id = model.sessions[session].id
                let reasons = pinIssues[id].flatMap { $0.isEmpty ? nil : $0 } ?? best.reasons(for: session)
                return UnplacedSession(session: id, title: model.sessions[session].title, reasons: reasons)
            },
            iterations: iterations, stoppedByTime: stoppedByTime,
            pinned: problem.sessions.filter(\.isPinnedInPlace).map(\.id), proof: proof)
    }

    /// Decisions of the exact method between progress reports.
    static let exactReportEvery = 16_384

    /// The exact method when the problem is small enough, then local search unless the exact
    /// method proved its timetable optimal (starting from its best timetable when it found one).
    private func run<C: Clock>(
        _ model: TimetableModel, clock: C, progress: (@Sendable (TimetableProgress) -> Void)?
    ) -> (room: [Int], start: [Int], proof: TimetableProof, iterations: Int, stoppedByTime: Bool)
    where C.Duration == Duration {
        let deadline = clock.now.advanced(by: limits.timeBudget)
        var proof = TimetableProof.localSearch
        var initial: (room: [Int], start: [Int])?
        if model.sessions.count <= limits.exactSessionLimit && limits.exactNodes > 0 {
            var exactMethod = ExactTimetabler(model: model, nodeBudget: limits.exactNodes)
            exactMethod.deadline = SearchDeadline(clock: clock, deadline: deadline)
            if let progress {
                let sessions = model.sessions.count
                exactMethod.meter = ExactMeter(every: Self.exactReportEvery) { nodes, placed in
                    progress(
                        TimetableProgress(
                            phase: .exactSearch, iterations: nodes, placed: placed, sessions: sessions,
                            bestScore: 0))
                }
            }
            let exact = exactMethod.solve()
            proof = TimetableProof(
                method: .exact, nodes: exact.nodes, feasibility: exact.feasibility,
                mostPlaced: exact.mostPlaced,
                optimal: exact.optimal,
                conflict: exact.conflict.map { $0.issue(model: model, conflict: exact.conflict) },
                conflictIsMinimal: exact.conflictIsMinimal, stoppedByTime: exact.stoppedByTime,
                startGridMinutes: max(1, model.problem.slotMinutes))
            if let room = exact.room {
                progress?(
                    TimetableProgress(
                        phase: .exact, iterations: 0, placed: room.filter { $0 >= 0 }.count,
                        sessions: model.sessions.count,
                        bestScore: model.score(room: room, start: exact.start).total))
                if exact.optimal {
                    progress?(
                        TimetableProgress(
                            phase: .finished, iterations: 0, placed: room.filter { $0 >= 0 }.count,
                            sessions: model.sessions.count,
                            bestScore: model.score(room: room, start: exact.start).total))
                    return (room, exact.start, proof, 0, false)
                }
                initial = (room, exact.start)
            }
            proof.method = .exactThenLocalSearch
        }
        var search = TimetableSearch(model: model, seed: seed, limits: limits, progress: progress)
        search.run(clock: clock, until: deadline, initial: initial)
        return (
            search.bestRoom, search.bestStart, proof, search.iterations,
            search.stoppedByTime || proof.stoppedByTime
        )
    }

    /// For each pinned session left unplaced, the rules its pinned room and start break beside the
    /// timetable found and the other pins (checked by ``TimetableChecker``, independently of the
    /// search): why it could not stay where it was pinned.
    private func pinnedIssues(
        _ problem: TimetableProblem, timetable: [TimetableEntry]
    ) -> [Identifier<Session>: [TimetableIssue]] {
        let placed = Set(timetable.map(\.session))
        let unplacedPins = problem.sessions.filter { $0.isPinnedInPlace && !placed.contains($0.id) }
        guard !unplacedPins.isEmpty else { return [:] }
        let pins = unplacedPins.compactMap { session in
            session.room.flatMap { room in
                session.start.map { SessionPlacement(session: session.id, room: room, start: $0) }
            }
        }
        let issues = TimetableChecker(problem: problem).check(timetable.map(\.placement) + pins)
            .filter { $0.rule != .notScheduled }
        var result: [Identifier<Session>: [TimetableIssue]] = [:]
        for session in unplacedPins {
            result[session.id] = Array(issues.filter { $0.sessions.contains(session.id) }.prefix(8))
        }
        return result
    }

    /// Timetables a plan's conference: the sessions `TimetableProblem.timetabledSessions(of:)`
    /// names (see `TimetableProblem.init(plan:...)`).
    ///
    /// - Throws: ``SchedulerError`` when the plan cannot form a consistent problem.
    public func solve<C: Clock>(
        plan: Plan, personAvailability: [PersonAvailability] = [],
        publishedProgramme: [SessionPlacement] = [], clock: C,
        progress: (@Sendable (TimetableProgress) -> Void)? = nil
    ) throws(SchedulerError) -> TimetableResult where C.Duration == Duration {
        let problem = try TimetableProblem(
            plan: plan, personAvailability: personAvailability, publishedProgramme: publishedProgramme)
        return try solve(problem, clock: clock, progress: progress)
    }

    private func entries(_ state: TimetableState) -> [TimetableEntry] {
        let model = state.model
        return model.sessions.indices.filter { state.isPlaced($0) }
            .sorted { (state.start[$0], state.room[$0], $0) < (state.start[$1], state.room[$1], $1) }
            .map { session in
                let room = model.rooms[state.room[session]]
                return TimetableEntry(
                    session: model.sessions[session].id, title: model.sessions[session].title, room: room.id,
                    roomName: room.name, start: LocalDateTime(minuteIndex: state.start[session]),
                    end: LocalDateTime(minuteIndex: state.end(session)),
                    linkedPoints: model.sessionPoints[session].map { model.points[$0].id })
            }
    }

    private func linkTests(_ state: TimetableState) -> [LinkTest] {
        let model = state.model
        return model.points.indices.flatMap { point -> [LinkTest] in
            var firsts: [Int: Int] = [:]
            for session in state.pointSessions[point] {
                let day = TimetableModel.calendarDay(state.start[session])
                if let other = firsts[day], (state.start[other], other) < (state.start[session], session) {
                    continue
                }
                firsts[day] = session
            }
            return firsts.values.map { first in
                let begins = state.start[first]
                return LinkTest(
                    point: model.points[point].id, pointName: model.points[point].name,
                    start: LocalDateTime(minuteIndex: begins - model.pointLead[point]),
                    end: LocalDateTime(minuteIndex: begins), session: model.sessions[first].id)
            }
        }
        .sorted { ($0.start, $0.point) < ($1.start, $1.point) }
    }
}
