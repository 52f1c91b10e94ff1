import Planning

/// The exact method behind `Timetabler` on small instances: depth-first branch and bound with
/// forward checking over every session's (room, start) domain.
///
/// Each decision places a session at one of its live values (cheapest static penalty first)
/// or, when sessions may be left out, leaves it out. Placing a session removes from the others'
/// domains every value that would share its room, a person or a point at the same time, or break
/// a precedence rule with it; a domain emptied means the session cannot be placed (a failure
/// when every session must be). Link tests are checked when a point's earliest session is known
/// not to move earlier. The bound: sessions placed plus those still placeable, then the soft
/// score without idle minutes (which can only fall as sessions fill gaps) plus each remaining
/// session's cheapest static penalty. The run counts decisions and stops at a node budget, so
/// results repeat; it is a proof when it ends before the budget. A deadline, when given, also
/// stops it (`deadline`: the caller's time budget, a guard); such a run proves nothing and may
/// not repeat.
struct ExactSearch {
    /// Whether every session in scope must be placed, or sessions may be left out.
    enum Mode {
        /// Every session in scope placed; stop at the first timetable (a feasibility check).
        case feasibility
        /// Every session in scope placed; the lowest soft score.
        case optimiseAllPlaced
        /// The most sessions placed, then the lowest soft score.
        case optimise
    }

    let model: TimetableModel
    let mode: Mode
    let nodeBudget: Int
    let inScope: [Bool]
    /// Allowed rooms and starts per session (rooms smallest first, starts in time order).
    let rooms: [[Int]]
    let starts: [[Int]]
    /// Position of a room in a session's room list, -1 when not allowed.
    let roomPosition: [[Int]]
    /// The static penalty (plenary, preferences, published) of each session's values.
    let valueCost: [[Int]]
    /// Interchangeable sessions (same needs, people, points and rules) with a lower and a higher
    /// index: placed ones keep their index order in time, which cuts symmetric timetables.
    let twinsBefore: [[Int]]
    let twinsAfter: [[Int]]
    let roomClashOn: [Bool]
    let linkTestOn: [Bool]
    let firstOn: [Bool]
    let lastOn: [Bool]
    let preds: [[Int]]
    let succs: [[Int]]
    /// Whether two sessions may not overlap (a shared person or point whose clash rule is on).
    let exclusive: [[Bool]]
    /// Pinned sessions whose room, people and points stay reserved when they are left out.
    let reserves: [Bool]
    let sessionsInScope: [Int]

    var state: TimetableState
    /// 0 for a live value, else the depth that removed it (value = room position × starts + start position).
    var removed: [[Int]]
    var alive: [Int]
    var decided: [Bool]
    var trail: [(session: Int, value: Int)] = []
    var depth = 0
    private(set) var nodes = 0
    /// Counts decisions across searches for progress reports, when any.
    var meter: ExactMeter?
    /// The time budget shared by the exact method's searches, when any.
    var deadline: SearchDeadline?
    private(set) var exhausted = false
    private var stop = false

    private(set) var bestPlaced = -1
    private(set) var bestCost = Int.max
    private(set) var bestRoom: [Int] = []
    private(set) var bestStart: [Int] = []

    /// A search over the sessions whose `.placed` constraint is on (every session when `mode` is
    /// `.optimise`), enforcing the constraints in `on`.
    ///
    /// With `reservingDropped`, a pinned session left out of scope keeps its room, people and
    /// points at its pinned time (as the timetable's rules want of a pin that is not kept).
    init(
        model: TimetableModel, on: Set<ExactConstraint>, mode: Mode, nodeBudget: Int,
        reservingDropped: Bool = false
    ) {
        self.model = model
        self.mode = mode
        self.nodeBudget = nodeBudget
        let count = model.sessions.count
        let inScope = (0..<count).map { mode == .optimise || on.contains(.placed($0)) }
        self.inScope = inScope
        sessionsInScope = (0..<count).filter { inScope[$0] }
        let linkTestOn = model.points.indices.map { point in
            on.contains(.linkTest(point)) && on.contains(.pointAvailability(point))
                && model.pointLead[point] > 0
                && !model.pointAvailability[point].isEmpty
        }
        self.linkTestOn = linkTestOn
        roomClashOn = model.rooms.indices.map { on.contains(.roomClash($0)) }
        let firstOn = (0..<count).map { model.isFirst[$0] && on.contains(.first($0)) }
        self.firstOn = firstOn
        lastOn = (0..<count).map { model.isLast[$0] && on.contains(.last($0)) }
        preds = (0..<count).map { session in
            model.predecessors[session].filter { inScope[$0] && on.contains(.after(session, $0)) }
        }
        var succs = [[Int]](repeating: [], count: count)
        for session in 0..<count where inScope[session] {
            for predecessor in model.predecessors[session]
            where inScope[predecessor] && on.contains(.after(session, predecessor)) {
                succs[predecessor].append(session)
            }
        }
        self.succs = succs
        exclusive = (0..<count).map { first in
            (0..<count).map { second in
                first != second
                    && (model.sessionPeople[first].contains {
                        on.contains(.personClash($0)) && model.sessionPeople[second].contains($0)
                    }
                        || model.sessionPoints[first].contains {
                            on.contains(.pointClash($0)) && model.sessionPoints[second].contains($0)
                        })
            }
        }
        reserves = (0..<count).map { session in
            (mode == .optimise || reservingDropped && !inScope[session]) && on.contains(.pin(session))
                && (model.pin[session]?.room ?? -1) >= 0
        }
        var domains = (0..<count).map { session in
            inScope[session]
                ? Self.domain(
                    of: session, model: model, on: on, first: firstOn[session], linkTestOn: linkTestOn)
                : (rooms: [Int](), starts: [Int]())
        }
        if mode != .optimise {
            Self.tighten(
                &domains, model: model, scope: sessionsInScope, preds: preds, first: firstOn, last: lastOn)
        }
        rooms = domains.map(\.rooms)
        starts = domains.map(\.starts)
        roomPosition = domains.map { domain in
            var positions = [Int](repeating: -1, count: model.rooms.count)
            for (position, room) in domain.rooms.enumerated() { positions[room] = position }
            return positions
        }
        valueCost = (0..<count).map { session in
            domains[session].rooms.flatMap { room in
                domains[session].starts.map { Self.staticCost(model, session, room: room, start: $0) }
            }
        }
        let twins = Self.twins(model: model, on: on, scope: sessionsInScope)
        twinsBefore = (0..<count).map { session in twins[session].filter { $0 < session } }
        twinsAfter = (0..<count).map { session in twins[session].filter { $0 > session } }
        removed = domains.map { [Int](repeating: 0, count: $0.rooms.count * $0.starts.count) }
        alive = domains.map { $0.rooms.count * $0.starts.count }
        decided = inScope.map { !$0 }
        state = TimetableState(model: model)
    }

    /// Starts from a known timetable as the incumbent to beat (the search then only keeps
    /// strictly better ones).
    mutating func setIncumbent(placed: Int, cost: Int, room: [Int], start: [Int]) {
        bestPlaced = placed
        bestCost = cost
        bestRoom = room
        bestStart = start
    }

    /// Runs the search; afterwards `best…` hold the best timetable found, if any.
    mutating func run() {
        for session in model.sessions.indices where !inScope[session] && reserves[session] {
            _ = leaveOut(session)
        }
        search()
    }

    /// Whether the search ended on its own: the best found is then proven (optimal, or for
    /// `.feasibility` a timetable found or none possible).
    var isComplete: Bool { !exhausted }

    /// Whether a timetable was found.
    var found: Bool { bestPlaced >= 0 }

    // MARK: Search

    private mutating func search() {
        if stop { return }
        guard nodes < nodeBudget, deadline?.isUp() != true else {
            exhausted = true
            return
        }
        if mode != .feasibility && !mayImprove() { return }
        guard let session = nextSession() else {
            leaf()
            return
        }
        if alive[session] > 0 {
            for (roomPosition, startPosition) in orderedValues(of: session) {
                nodes += 1
                meter?.tick(placed: bestPlaced)
                let consistent = assign(session, roomPosition: roomPosition, startPosition: startPosition)
                if consistent { search() }
                undo()
                if stop || exhausted { return }
            }
        }
        guard mode == .optimise else { return }
        nodes += 1
        meter?.tick(placed: bestPlaced)
        if leaveOut(session) { search() }
        undo()
    }

    /// The undecided session to branch on: a pinned one first, then the fewest live values,
    /// then the most people and points, the longest, the lowest index.
    private func nextSession() -> Int? {
        var best: Int?
        var bestKey = (0, 0, 0, 0)
        for session in sessionsInScope where !decided[session] {
            if model.pin[session] != nil { return session }
            let key = (
                alive[session], -(model.sessionPeople[session].count + model.sessionPoints[session].count),
                -model.duration[session], session
            )
            if best == nil || key < bestKey {
                best = session
                bestKey = key
            }
        }
        return best
    }

    /// A session's live values, cheapest static penalty first (earliest, smallest room on ties:
    /// sessions packed early leave few idle minutes).
    private func orderedValues(of session: Int) -> [(Int, Int)] {
        let count = starts[session].count
        var values: [(key: Int, room: Int, start: Int)] = []
        for value in removed[session].indices where removed[session][value] == 0 {
            let roomPosition = value / count
            let startPosition = value % count
            let key = mode == .feasibility ? 0 : valueCost[session][value]
            values.append((key, roomPosition, startPosition))
        }
        let minutes = starts[session]
        values.sort { ($0.key, minutes[$0.start], $0.room) < ($1.key, minutes[$1.start], $1.room) }
        return values.map { ($0.room, $0.start) }
    }

    /// Whether the bound leaves room for a strictly better timetable than the best known.
    private func mayImprove() -> Bool {
        guard bestPlaced >= 0 else { return true }
        var placeable = state.placedCount
        var bound = softWithoutIdle()
        for session in sessionsInScope where !decided[session] && alive[session] > 0 {
            placeable += 1
            var cheapest = Int.max
            for value in removed[session].indices where removed[session][value] == 0 {
                cheapest = min(cheapest, valueCost[session][value])
            }
            bound += cheapest
        }
        if placeable != bestPlaced { return placeable > bestPlaced }
        if bound >= bestCost { return false }
        return bound + idleFloor() < bestCost
    }

    private func softWithoutIdle() -> Int {
        let weights = model.weights
        return state.plenaryOutsideMorning * weights.plenaryOutsideMorning
            + state.preferenceMisses * weights.preferenceMiss + state.movedFromPublished
            * weights.movedFromPublished
            + state.trackRoomChanges * weights.trackRoomChange
            // Link tests on extra days only grow as sessions are placed, so the count so far is a floor.
            + state.extraLinkTestMinutes * weights.extraLinkTestMinute
    }

    /// Idle minutes that stay whatever is placed next: gaps between a point's placed sessions on
    /// a day that no undecided session linked to the point can still overlap.
    private func idleFloor() -> Int {
        let weight = model.weights.connectionPointIdleMinute
        guard weight > 0 else { return 0 }
        var floor = 0
        for point in model.points.indices where state.pointSessions[point].count > 1 {
            let start = state.start
            let sorted = state.pointSessions[point].sorted { start[$0] < start[$1] }
            var day = model.day(of: state.start[sorted[0]])
            var reach = state.end(sorted[0])
            for session in sorted.dropFirst() {
                let begin = state.start[session]
                let sessionDay = model.day(of: begin)
                if sessionDay != day {
                    day = sessionDay
                    reach = state.end(session)
                    continue
                }
                if begin > reach && !mayFill(point, from: reach, to: begin) {
                    floor += min(begin - reach, model.weights.idleGapCapMinutes)
                }
                reach = max(reach, state.end(session))
            }
        }
        return floor * weight
    }

    /// Whether an undecided session linked to a point may still overlap `from..<to`.
    private func mayFill(_ point: Int, from lower: Int, to upper: Int) -> Bool {
        sessionsInScope.contains { other in
            guard !decided[other], alive[other] > 0, model.sessionPoints[other].contains(point) else {
                return false
            }
            let count = starts[other].count
            let length = model.duration[other]
            return removed[other].indices.contains { value in
                let start = starts[other][value % count]
                return removed[other][value] == 0 && start < upper && start + length > lower
            }
        }
    }

    private mutating func leaf() {
        for point in model.points.indices where linkTestOn[point] {
            for earliest in TimetableModel.dailyFirsts(state.pointSessions[point].map({ state.start[$0] }))
            where !model.linkTestFits(point: point, before: earliest) {
                return
            }
        }
        let placed = state.placedCount
        let cost = state.cost - state.unplacedCount * model.weights.unplaced
        if placed > bestPlaced || placed == bestPlaced && cost < bestCost {
            bestPlaced = placed
            bestCost = cost
            bestRoom = state.room
            bestStart = state.start
        }
        if mode == .feasibility { stop = true }
    }
}
