/// Branch and bound on a grid problem's hard rules: the most sessions placed with no hard rule
/// broken, proven when the search ends within its node budget.
///
/// Depth first, the session with the fewest cells left first, its cells cheapest on their own
/// first, then leaving it out. Placing a session strikes out the cells of the sessions not yet
/// placed that would break a hard rule with it (forward checking, undone on the way back): one
/// room and one person at a time, people away, prerequisites, exclusive tags, the pause, room
/// tags, and at most two crowd-risk sessions a timeslot. A branch ends when the sessions placed
/// plus those that still have a cell cannot beat the best found; the search ends when every
/// session that has a cell on its own is placed. Its budget is counted in nodes and in pairs of
/// cells checked, so a run repeats exactly; a deadline, when given, is a guard on top (a run it
/// stops is not complete and may not repeat).
struct GridExactSearch {
    let model: GridModel
    /// Per session, the cells of its domain with no hard cost on their own, cheapest first.
    let candidates: [[Int]]
    /// The most nodes visited.
    let budget: Int
    /// The most pairs of cells checked: the work of a node grows with the sessions and cells
    /// left, so the nodes alone do not bound the time (about a second in a release build).
    static let checkBudget = 40_000_000
    /// Pairs of cells checked.
    private(set) var checks = 0
    /// The caller's time budget, when any, read every 256 nodes.
    var deadline: SearchDeadline?
    /// Per session: its cell, -1 while undecided, -2 when left out.
    private var cell: [Int]
    /// Per session and candidate: how many placed sessions strike it out.
    private var struck: [[Int]]
    /// Per session: candidates not struck out.
    private var live: [Int]
    private var crowdCount: [Int]
    private var placed = 0
    private var trail: [(session: Int, candidate: Int)] = []
    /// The best timetable found: per session its cell, or -2 when left out.
    private(set) var best: [Int]
    /// How many sessions it places.
    private(set) var bestPlaced = -1
    /// Nodes visited.
    private(set) var nodes = 0
    /// Whether the search ended within its budget (the best is then proven).
    private(set) var complete = true
    /// The sessions that have a cell on their own: none more can be placed.
    let placeable: Int

    init(model: GridModel, budget: Int) {
        self.model = model
        self.budget = max(1, budget)
        let cells = model.cellCount
        candidates = (0..<model.sessionCount).map { session in
            model.domain[session].filter { model.unary[session * cells + $0].hard == 0 }
                .sorted {
                    (model.unary[session * cells + $0].soft, $0) < (
                        model.unary[session * cells + $1].soft, $1
                    )
                }
        }
        cell = [Int](repeating: -1, count: model.sessionCount)
        struck = candidates.map { [Int](repeating: 0, count: $0.count) }
        live = candidates.map(\.count)
        crowdCount = [Int](repeating: 0, count: model.slotCount)
        best = [Int](repeating: -2, count: model.sessionCount)
        placeable = candidates.filter { !$0.isEmpty }.count
    }

    /// Runs the search.
    mutating func run() {
        search()
    }

    private mutating func search() {
        if bestPlaced == placeable || !complete { return }
        nodes += 1
        if nodes > budget || checks > Self.checkBudget || deadline?.isUp() == true {
            complete = false
            return
        }
        var open = 0
        var pick = -1
        for session in 0..<model.sessionCount where cell[session] == -1 && live[session] > 0 {
            open += 1
            if pick < 0 || live[session] < live[pick] { pick = session }
        }
        if placed + open <= bestPlaced { return }
        guard pick >= 0 else {
            bestPlaced = placed
            best = cell.map { $0 >= 0 ? $0 : -2 }
            return
        }
        for index in candidates[pick].indices where struck[pick][index] == 0 {
            let mark = trail.count
            place(pick, at: candidates[pick][index])
            search()
            unplace(pick, back: mark)
            if bestPlaced == placeable || !complete { return }
        }
        cell[pick] = -2
        search()
        cell[pick] = -1
    }

    private func breaks(_ session: Int, _ at: Int, _ other: Int, _ there: Int) -> Bool {
        var tally = GridHardTally(model.weights)
        if session < other {
            model.pairCost(session, at, other, there, into: &tally)
        } else {
            model.pairCost(other, there, session, at, into: &tally)
        }
        return tally.cost > 0
    }

    private mutating func strike(_ session: Int, _ index: Int) {
        struck[session][index] += 1
        if struck[session][index] == 1 { live[session] -= 1 }
        trail.append((session, index))
    }

    private mutating func place(_ session: Int, at target: Int) {
        cell[session] = target
        placed += 1
        for other in 0..<model.sessionCount where cell[other] == -1 {
            checks += candidates[other].count
            for (index, there) in candidates[other].enumerated() where breaks(session, target, other, there) {
                strike(other, index)
            }
        }
        if model.crowd[session] {
            let slot = target / model.roomCount
            crowdCount[slot] += 1
            if crowdCount[slot] == 2 {
                for other in 0..<model.sessionCount where cell[other] == -1 && model.crowd[other] {
                    for (index, there) in candidates[other].enumerated() where there / model.roomCount == slot
                    {
                        strike(other, index)
                    }
                }
            }
        }
    }

    private mutating func unplace(_ session: Int, back mark: Int) {
        while trail.count > mark {
            let (other, index) = trail.removeLast()
            struck[other][index] -= 1
            if struck[other][index] == 0 { live[other] += 1 }
        }
        if model.crowd[session] { crowdCount[cell[session] / model.roomCount] -= 1 }
        cell[session] = -1
        placed -= 1
    }
}
