import Planning

/// Finds a minimal set of constraints that cannot all hold at once, when not every session can be
/// placed: QuickXplain (Junker, 2004) over the problem's constraints, then deletion filtering
/// over its answer to prove each kept constraint necessary.
///
/// The oracle is a feasibility run of `ExactSearch` with only the given constraints on (the
/// sessions whose `.placed` constraint is off are left out of the problem), with a node budget
/// per check and in total. An undecided check counts as "may be feasible": a constraint is only
/// dropped when the rest is proven infeasible, so the answer is always a proven conflict, and it
/// is called minimal only when every kept constraint was proven necessary.
struct ConflictExplainer {
    let model: TimetableModel
    let universe: [ExactConstraint]
    /// Decisions all checks together may take.
    let totalBudget: Int
    private(set) var nodes = 0
    /// Counts decisions for progress reports, when any.
    var meter: ExactMeter?
    /// The time budget of the exact method, when any: once passed, every check is undecided.
    var deadline: SearchDeadline?
    private var cache: [Set<ExactConstraint>: Answer] = [:]

    private enum Answer {
        case feasible, infeasible, unknown
    }

    init(model: TimetableModel, universe: [ExactConstraint], totalBudget: Int) {
        self.model = model
        self.universe = universe
        self.totalBudget = totalBudget
    }

    /// A conflicting set (in the universe's order) and whether it is proven minimal. The whole
    /// universe must be proven infeasible by the caller.
    mutating func minimalConflict() -> ([ExactConstraint], Bool) {
        var candidate = quickXplain(background: [], delta: [], constraints: universe)
        if candidate.isEmpty || answer(Set(candidate)) != .infeasible { candidate = universe }
        var minimal = true
        var index = 0
        while index < candidate.count {
            var without = candidate
            without.remove(at: index)
            switch answer(Set(without)) {
            case .infeasible: candidate = without
            case .feasible: index += 1
            case .unknown:
                minimal = false
                index += 1
            }
        }
        return (candidate.sorted(), minimal)
    }

    /// Junker's QuickXplain: the constraints of `constraints` that, with `background`, conflict.
    private mutating func quickXplain(
        background: [ExactConstraint], delta: [ExactConstraint], constraints: [ExactConstraint]
    ) -> [ExactConstraint] {
        if !delta.isEmpty && answer(Set(background)) == .infeasible { return [] }
        if constraints.count <= 1 { return constraints }
        let half = constraints.count / 2
        let first = Array(constraints[..<half])
        let second = Array(constraints[half...])
        let secondPart = quickXplain(background: background + first, delta: first, constraints: second)
        let firstPart = quickXplain(
            background: background + secondPart, delta: secondPart, constraints: first)
        return firstPart + secondPart
    }

    /// Whether every session whose `.placed` is in `on` fits under the constraints of `on`.
    private mutating func answer(_ on: Set<ExactConstraint>) -> Answer {
        if let known = cache[on] { return known }
        let remaining = totalBudget - nodes
        guard remaining > 0 else { return .unknown }
        var search = ExactSearch(
            model: model, on: on, mode: .feasibility, nodeBudget: min(remaining, max(1_000, totalBudget / 10))
        )
        search.meter = meter
        search.deadline = deadline
        search.run()
        nodes += search.nodes
        let result: Answer = search.found ? .feasible : search.isComplete ? .infeasible : .unknown
        cache[on] = result
        return result
    }
}
