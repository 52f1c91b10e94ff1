import Planning

/// The exact method in three steps, each a run of `ExactSearch` with a node budget:
///
/// 1. Feasibility: can every session be placed? A timetable is found, or none exists (proven),
///    or the budget ends first.
/// 2. When every session fits: the lowest soft score among timetables placing all of them,
///    starting from the one found. When none fits: the most sessions placed, then the lowest soft
///    score, and a minimal conflicting set of constraints (see `ExactTimetabler+Conflict`).
/// 3. The outcome says what is proven: feasibility, the most sessions placed, optimality.
///
/// A deadline, when given, is a guard over all steps: once it passes every search stops at its
/// next clock reading, and the outcome keeps what was found and says it was cut by time.
struct ExactTimetabler {
    /// What the exact method found and proved.
    struct Outcome {
        /// Room per session (-1 unplaced) and start of the best timetable, when one was found.
        var room: [Int]?
        var start: [Int]
        var feasibility: TimetableProof.Feasibility
        /// Proven: no timetable places more sessions.
        var mostPlaced: Bool
        /// Proven: no timetable placing as many sessions scores lower.
        var optimal: Bool
        var nodes: Int
        /// A conflicting set of constraints, when every session cannot be placed (proven).
        var conflict: [ExactConstraint]
        /// Whether every constraint of `conflict` was proven necessary.
        var conflictIsMinimal: Bool
        /// Whether the time budget cut a step short (what that step did not prove stays unproven,
        /// and another run may end elsewhere).
        var stoppedByTime = false
    }

    let model: TimetableModel
    /// Decisions each step may take.
    let nodeBudget: Int
    /// Counts decisions for progress reports, when any.
    var meter: ExactMeter? = nil
    /// The caller's time budget, when any: a guard over every step, read every 256 decisions.
    var deadline: SearchDeadline? = nil

    /// Runs the three steps.
    func solve() -> Outcome {
        var outcome = steps()
        outcome.stoppedByTime = deadline?.passed ?? false
        return outcome
    }

    private func steps() -> Outcome {
        let universe = ExactConstraint.universe(of: model)
        let everything = Set(universe)
        var feasibility = ExactSearch(
            model: model, on: everything, mode: .feasibility, nodeBudget: nodeBudget)
        feasibility.meter = meter
        feasibility.deadline = deadline
        feasibility.run()
        var nodes = feasibility.nodes
        if feasibility.found {
            var optimise = ExactSearch(
                model: model, on: everything, mode: .optimiseAllPlaced, nodeBudget: nodeBudget)
            optimise.meter = meter
            optimise.deadline = deadline
            optimise.setIncumbent(
                placed: feasibility.bestPlaced,
                cost: Self.softCost(model, feasibility.bestRoom, feasibility.bestStart),
                room: feasibility.bestRoom, start: feasibility.bestStart)
            optimise.run()
            nodes += optimise.nodes
            return Outcome(
                room: optimise.bestRoom, start: optimise.bestStart, feasibility: .feasible, mostPlaced: true,
                optimal: optimise.isComplete, nodes: nodes, conflict: [], conflictIsMinimal: false)
        }
        var outcome = Outcome(
            room: nil, start: [], feasibility: feasibility.isComplete ? .infeasible : .unknown,
            mostPlaced: false,
            optimal: false, nodes: nodes, conflict: [], conflictIsMinimal: false)
        if feasibility.isComplete {
            var explainer = ConflictExplainer(model: model, universe: universe, totalBudget: nodeBudget)
            explainer.meter = meter
            explainer.deadline = deadline
            let (conflict, minimal) = explainer.minimalConflict()
            outcome.conflict = conflict
            outcome.conflictIsMinimal = minimal
            outcome.nodes += explainer.nodes
            if leaveOneOut(conflict, everything: everything, into: &outcome) { return outcome }
        }
        var optimise = ExactSearch(model: model, on: everything, mode: .optimise, nodeBudget: nodeBudget)
        optimise.meter = meter
        optimise.deadline = deadline
        optimise.run()
        outcome.nodes += optimise.nodes
        if optimise.found && (outcome.room == nil || optimise.bestPlaced > placedCount(outcome.room)) {
            outcome.room = optimise.bestRoom
            outcome.start = optimise.bestStart
        }
        let allPlaced = optimise.found && optimise.bestPlaced == model.sessions.count
        if allPlaced { outcome.feasibility = .feasible }
        if optimise.isComplete {
            outcome.mostPlaced = true
            outcome.optimal = true
            if !allPlaced { outcome.feasibility = .infeasible }
        }
        return outcome
    }

    /// When not every session fits, tries each session of the conflict left out (every other
    /// session must still be placed; a pinned one left out keeps its place reserved): a session
    /// outside the conflict left out leaves the conflict whole, so these are the only
    /// timetables placing all but one. Keeps the best; true when one exists (the most sessions
    /// placed is then proven), with `optimal` when every try ended within its budget.
    private func leaveOneOut(
        _ conflict: [ExactConstraint], everything: Set<ExactConstraint>, into outcome: inout Outcome
    ) -> Bool {
        let candidates = conflict.compactMap { constraint -> Int? in
            if case .placed(let session) = constraint { return session }
            return nil
        }
        guard !candidates.isEmpty else { return false }
        let budget = max(1_000, nodeBudget / candidates.count)
        var bestCost = Int.max
        var proven = true
        for session in candidates {
            var on = everything
            on.remove(.placed(session))
            var feasibility = ExactSearch(
                model: model, on: on, mode: .feasibility, nodeBudget: budget, reservingDropped: true)
            feasibility.meter = meter
            feasibility.deadline = deadline
            feasibility.run()
            outcome.nodes += feasibility.nodes
            guard feasibility.found else {
                if !feasibility.isComplete { proven = false }
                continue
            }
            var optimise = ExactSearch(
                model: model, on: on, mode: .optimiseAllPlaced, nodeBudget: budget, reservingDropped: true)
            optimise.meter = meter
            optimise.deadline = deadline
            optimise.setIncumbent(
                placed: feasibility.bestPlaced,
                cost: Self.softCost(model, feasibility.bestRoom, feasibility.bestStart),
                room: feasibility.bestRoom,
                start: feasibility.bestStart)
            optimise.run()
            outcome.nodes += optimise.nodes
            if !optimise.isComplete { proven = false }
            if optimise.bestCost < bestCost {
                bestCost = optimise.bestCost
                outcome.room = optimise.bestRoom
                outcome.start = optimise.bestStart
            }
        }
        guard outcome.room != nil else { return false }
        outcome.mostPlaced = true
        outcome.optimal = proven
        return true
    }

    private func placedCount(_ room: [Int]?) -> Int {
        room.map { $0.filter { $0 >= 0 }.count } ?? -1
    }

    /// The soft part of a timetable's score (the unplaced component left out).
    static func softCost(_ model: TimetableModel, _ room: [Int], _ start: [Int]) -> Int {
        model.score(room: room, start: start).components.filter { $0.kind != .unplaced }
            .reduce(0) { $0 + $1.penalty }
    }
}
