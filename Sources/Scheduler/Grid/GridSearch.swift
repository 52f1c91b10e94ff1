/// The grid timetabler's search: a greedy construction (pins first, then the most constrained
/// sessions, each in its cheapest free cell), then late acceptance hill climbing over moves to a
/// cell and swaps of two sessions' cells, scored incrementally (hard before soft).
struct GridSearch {
    let model: GridModel
    var random: SeededGenerator
    /// Each session's cell code.
    var cell: [Int]
    /// The sessions in each cell.
    var occupants: [[Int]]
    /// Crowd-risk sessions per timeslot.
    var crowded: [Int]
    /// The running score.
    var cost: GridCost
    var best: [Int]
    var bestCost: GridCost
    var iterations = 0
    var stoppedByTime = false

    init(model: GridModel, seed: UInt64) {
        self.model = model
        random = SeededGenerator(seed: seed)
        cell = [Int](repeating: -1, count: model.sessionCount)
        occupants = [[Int]](repeating: [], count: model.cellCount)
        crowded = [Int](repeating: 0, count: model.slotCount)
        cost = GridCost()
        best = []
        bestCost = cost
    }

    // MARK: Construction

    /// Places every session: pins, then the sessions with the fewest cells free of hard cost on
    /// their own (ties: more people, then more popular), each in its cheapest empty cell against
    /// the sessions already placed (any cell when none is empty).
    mutating func construct() {
        let model = self.model
        let cells = model.cellCount
        func freeCells(_ session: Int) -> Int {
            model.domain[session].filter { model.unary[session * cells + $0].hard == 0 }.count
        }
        let order = (0..<model.sessionCount).map { ($0, freeCells($0)) }.sorted { left, right in
            let (first, second) = (left.0, right.0)
            if model.isPinned[first] != model.isPinned[second] { return model.isPinned[first] }
            if left.1 != right.1 { return left.1 < right.1 }
            if model.sessionPeople[first].count != model.sessionPeople[second].count {
                return model.sessionPeople[first].count > model.sessionPeople[second].count
            }
            if model.popularity[first] != model.popularity[second] {
                return model.popularity[first] > model.popularity[second]
            }
            return first < second
        }.map(\.0)
        var placed: [Int] = []
        for session in order {
            var chosen = -1
            var chosenCost = GridCost()
            var chosenEmpty = false
            for candidate in model.domain[session] {
                let empty = occupants[candidate].isEmpty
                if chosenEmpty && !empty { continue }
                var trial = GridWeightedTally(model.weights, cost: model.unary[session * cells + candidate])
                for other in placed { model.pairCost(session, candidate, other, cell[other], into: &trial) }
                if chosen < 0 || (empty && !chosenEmpty) || trial.cost < chosenCost {
                    chosen = candidate
                    chosenCost = trial.cost
                    chosenEmpty = empty
                }
            }
            assign(session, to: chosen)
            placed.append(session)
        }
        var total = GridWeightedTally(model.weights)
        model.tally(cells: cell, into: &total)
        cost = total.cost
        best = cell
        bestCost = cost
    }

    /// Starts from a timetable given cell by cell (every session in a cell of its domain),
    /// instead of `construct()`.
    mutating func start(from cells: [Int]) {
        for (session, target) in cells.enumerated() { assign(session, to: target) }
        var total = GridWeightedTally(model.weights)
        model.tally(cells: cell, into: &total)
        cost = total.cost
        best = cell
        bestCost = cost
    }

    private mutating func assign(_ session: Int, to target: Int) {
        if cell[session] >= 0 {
            occupants[cell[session]].removeAll { $0 == session }
            if model.crowd[session] { crowded[cell[session] / model.roomCount] -= 1 }
        }
        cell[session] = target
        occupants[target].append(session)
        if model.crowd[session] { crowded[target / model.roomCount] += 1 }
    }

    // MARK: Local search

    /// Late acceptance hill climbing for `iterations` steps (or until `stop` says so, asked every
    /// 1,024 steps): a move is kept when it is no worse than the current timetable or than the
    /// one `history` steps ago.
    mutating func improve(iterations limit: Int, history length: Int, stop: () -> Bool) {
        let movable = (0..<model.sessionCount).filter { !model.isPinned[$0] && model.domain[$0].count > 1 }
        guard !movable.isEmpty else { return }
        var history = [GridCost](repeating: cost, count: max(1, length))
        while iterations < limit {
            if iterations & 1023 == 0 && stop() {
                stoppedByTime = true
                break
            }
            iterations += 1
            let slot = iterations % history.count
            if random.next() % 32 == 0, let group = pickGroupMove() {
                // Whole timeslots exchanged, or two rooms exchanged for a day.
                let delta = groupDelta(group)
                let candidate = cost + delta
                if candidate <= cost || candidate <= history[slot] {
                    for (session, target) in group { assign(session, to: target) }
                    cost = candidate
                    if cost < bestCost {
                        bestCost = cost
                        best = cell
                    }
                }
                history[slot] = cost
                continue
            }
            let session = movable[Int(random.next() % UInt64(movable.count))]
            guard let (other, target) = pickMove(for: session) else { continue }
            let delta = moveDelta(session, to: target, swappingWith: other)
            let candidate = cost + delta
            if candidate <= cost || candidate <= history[slot] {
                apply(session, to: target, swappingWith: other)
                cost = candidate
                if cost < bestCost {
                    bestCost = cost
                    best = cell
                }
            }
            history[slot] = cost
        }
    }

    /// A target cell for a session and the session it swaps with there, if any: a random cell of
    /// its domain (half the time in its own room or its own timeslot).
    private mutating func pickMove(for session: Int) -> (other: Int, target: Int)? {
        let model = self.model
        let domain = model.domain[session]
        let current = cell[session]
        var target = domain[Int(random.next() % UInt64(domain.count))]
        let mode = random.next() % 4
        if mode >= 2 {
            // Keep the room (mode 2) or the timeslot (mode 3) when the domain allows it.
            for _ in 0..<8 {
                let trial = domain[Int(random.next() % UInt64(domain.count))]
                let sameRoom = trial % model.roomCount == current % model.roomCount
                let sameSlot = trial / model.roomCount == current / model.roomCount
                if (mode == 2 && sameRoom && !sameSlot) || (mode == 3 && sameSlot && !sameRoom) {
                    target = trial
                    break
                }
            }
        }
        guard target != current else { return nil }
        let there = occupants[target]
        if there.count == 1 {
            let other = there[0]
            guard !model.isPinned[other], model.allowed[other * model.cellCount + current] else { return nil }
            return (other, target)
        }
        return (-1, target)
    }

    /// The change of score when `session` moves to `target` and `other` (when not -1) takes its
    /// cell: the local cost of both before and after.
    private mutating func moveDelta(_ session: Int, to target: Int, swappingWith other: Int) -> GridCost {
        let origin = cell[session]
        let crowdSlots =
            model.crowd[session] || (other >= 0 && model.crowd[other])
            ? Array(Set([origin / model.roomCount, target / model.roomCount])) : []
        let before = localCost(session, other, crowdSlots: crowdSlots)
        apply(session, to: target, swappingWith: other)
        let after = localCost(session, other, crowdSlots: crowdSlots)
        apply(session, to: origin, swappingWith: other)
        return after - before
    }

    private mutating func apply(_ session: Int, to target: Int, swappingWith other: Int) {
        let origin = cell[session]
        assign(session, to: target)
        if other >= 0 { assign(other, to: origin) }
    }

    /// Everything that depends on the cells of `session` and `other` (when not -1): their own
    /// costs, their pairs with every session, the crowd rule in `crowdSlots` (the timeslots they
    /// leave and enter, when either draws a crowd) and their people's spread.
    private func localCost(_ session: Int, _ other: Int, crowdSlots: [Int]) -> GridCost {
        let model = self.model
        var total = GridWeightedTally(model.weights)
        let movers = other >= 0 ? [session, other] : [session]
        for mover in movers {
            let here = cell[mover]
            total.cost = total.cost + model.unary[mover * model.cellCount + here]
            for index in 0..<model.sessionCount where index != session && index != other {
                model.pairCost(mover, here, index, cell[index], into: &total)
            }
        }
        if other >= 0 { model.pairCost(session, cell[session], other, cell[other], into: &total) }
        for slot in crowdSlots { model.crowdCost(slot: slot, count: crowded[slot], into: &total) }
        var people: [Int] = []
        for mover in movers {
            for person in model.sessionPeople[mover] where !people.contains(person) { people.append(person) }
        }
        for person in people {
            var first = Int.max
            var last = Int.min
            for session in model.personSessions[person] {
                let day = model.day[cell[session] / model.roomCount]
                first = min(first, day)
                last = max(last, day)
            }
            model.spreadCost(firstDay: first, lastDay: last, into: &total)
        }
        return total.cost
    }

    // MARK: Group moves

    /// Every session of two timeslots exchanged (each keeping its room), or every session in two
    /// rooms on one day exchanged (each keeping its timeslot); nil when a pinned session or a
    /// session whose kind the other place does not take is involved.
    private mutating func pickGroupMove() -> [(Int, Int)]? {
        let model = self.model
        let rooms = model.roomCount
        var group: [(Int, Int)] = []
        if random.next() % 2 == 0 {
            let first = Int(random.next() % UInt64(model.slotCount))
            let second = Int(random.next() % UInt64(model.slotCount))
            guard first != second else { return nil }
            for room in 0..<rooms {
                for (from, to) in [(first, second), (second, first)] {
                    for session in occupants[from * rooms + room] {
                        group.append((session, to * rooms + room))
                    }
                }
            }
        } else {
            let first = Int(random.next() % UInt64(rooms))
            let second = Int(random.next() % UInt64(rooms))
            let day = model.day[Int(random.next() % UInt64(model.slotCount))]
            guard first != second else { return nil }
            for slot in 0..<model.slotCount where model.day[slot] == day {
                for (from, to) in [(first, second), (second, first)] {
                    for session in occupants[slot * rooms + from] {
                        group.append((session, slot * rooms + to))
                    }
                }
            }
        }
        guard !group.isEmpty,
            group.allSatisfy({ !model.isPinned[$0.0] && model.allowed[$0.0 * model.cellCount + $0.1] })
        else { return nil }
        return group
    }

    /// The change of score when every session of `group` moves to its cell.
    private mutating func groupDelta(_ group: [(Int, Int)]) -> GridCost {
        let origins = group.map { cell[$0.0] }
        var slots: [Int] = []
        for (index, (session, target)) in group.enumerated() where model.crowd[session] {
            for slot in [origins[index] / model.roomCount, target / model.roomCount]
            where !slots.contains(slot) {
                slots.append(slot)
            }
        }
        let movers = group.map(\.0)
        let before = groupCost(movers, crowdSlots: slots)
        for (session, target) in group { assign(session, to: target) }
        let after = groupCost(movers, crowdSlots: slots)
        for (index, (session, _)) in group.enumerated() { assign(session, to: origins[index]) }
        return after - before
    }

    /// Everything that depends on the cells of `movers`: their own costs, their pairs with every
    /// session (pairs among them once), the crowd rule in `crowdSlots` and their people's days.
    private func groupCost(_ movers: [Int], crowdSlots: [Int]) -> GridCost {
        let model = self.model
        var moving = [Bool](repeating: false, count: model.sessionCount)
        for mover in movers { moving[mover] = true }
        var total = GridWeightedTally(model.weights)
        var people: [Int] = []
        for mover in movers {
            let here = cell[mover]
            total.cost = total.cost + model.unary[mover * model.cellCount + here]
            for index in 0..<model.sessionCount where index != mover && (!moving[index] || index > mover) {
                model.pairCost(mover, here, index, cell[index], into: &total)
            }
            for person in model.sessionPeople[mover] where !people.contains(person) { people.append(person) }
        }
        for slot in crowdSlots { model.crowdCost(slot: slot, count: crowded[slot], into: &total) }
        for person in people {
            var first = Int.max
            var last = Int.min
            for session in model.personSessions[person] {
                let day = model.day[cell[session] / model.roomCount]
                first = min(first, day)
                last = max(last, day)
            }
            model.spreadCost(firstDay: first, lastDay: last, into: &total)
        }
        return total.cost
    }
}
