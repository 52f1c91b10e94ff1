import Planning

/// The search behind `Timetabler`: greedy construction, most constrained first, then threshold
/// accepting over relocations, swaps and ejection insertions.
struct TimetableSearch {
    let model: TimetableModel
    let limits: SearchLimits
    let progress: (@Sendable (TimetableProgress) -> Void)?
    var generator: SeededGenerator
    var state: TimetableState
    private(set) var iterations = 0
    private(set) var stoppedByTime = false
    private(set) var bestRoom: [Int] = []
    private(set) var bestStart: [Int] = []
    private(set) var bestCost = Int.max
    /// Sessions without any statically possible placement: they stay unplaced whatever happens.
    private let insertionFloor: Int
    /// Sessions a move changed, with where they were before (room -1: unplaced).
    private var journal: [(session: Int, room: Int, start: Int)] = []

    init(
        model: TimetableModel, seed: UInt64, limits: SearchLimits,
        progress: (@Sendable (TimetableProgress) -> Void)?
    ) {
        self.model = model
        self.limits = limits
        self.progress = progress
        insertionFloor = model.sessions.indices.filter { !model.hasCandidates($0) }.count
        generator = SeededGenerator(seed: seed)
        state = TimetableState(model: model)
    }

    /// Runs construction (or starts from `initial`, a timetable keeping every hard rule, e.g. the
    /// exact method's best) then local search; afterwards `bestRoom`/`bestStart` hold the best,
    /// never worse than the start. The search stops at `deadline` on `clock` (the caller's, set
    /// before the exact method, so one budget covers both); construction always completes.
    mutating func run<C: Clock>(
        clock: C, until deadline: C.Instant, initial: (room: [Int], start: [Int])? = nil
    )
    where C.Duration == Duration {
        if let initial {
            for session in model.sessions.indices where initial.room[session] >= 0 {
                state.place(session, room: initial.room[session], at: initial.start[session])
            }
        } else {
            construct()
        }
        remember()
        report(.construction)
        improve(until: deadline, clock: clock)
        report(.finished)
    }

    // MARK: Construction

    /// The order sessions are placed in: pinned sessions first (they never move, so everything
    /// else fits around them), then fixed sessions, then free openings, then the others by how
    /// few placements they have and how much they block, predecessors before successors, and
    /// closings last (so they can follow everything).
    func constructionOrder() -> [Int] {
        func tier(_ session: Int) -> Int {
            if case .fixed = model.sessions[session].timing { return 0 }
            if model.isFirst[session] { return 1 }
            if model.isLast[session] { return 3 }
            return 2
        }
        func freedom(_ session: Int) -> Double {
            let options = Double(model.roomCandidates[session].count * model.startCandidates[session].count)
            let weight =
                1 + Double(model.sessionPeople[session].count + 3 * model.sessionPoints[session].count)
            return options / weight
        }
        let ranked = model.sessions.indices.sorted {
            (tier($0), freedom($0), -model.duration[$0], $0) < (
                tier($1), freedom($1), -model.duration[$1], $1
            )
        }
        // Kahn's algorithm over `after` rules, always taking the best-ranked ready session.
        var rank = [Int](repeating: 0, count: ranked.count)
        for (position, session) in ranked.enumerated() { rank[session] = position }
        var waiting = model.predecessors.map(\.count)
        var ready = ranked.filter { waiting[$0] == 0 }
        var order: [Int] = []
        var done = [Bool](repeating: false, count: ranked.count)
        while !ready.isEmpty {
            let session = ready.removeFirst()
            order.append(session)
            done[session] = true
            for next in model.successors[session] {
                waiting[next] -= 1
                if waiting[next] == 0 {
                    let index = ready.firstIndex { rank[$0] > rank[next] } ?? ready.endIndex
                    ready.insert(next, at: index)
                }
            }
        }
        // Sessions on a precedence cycle: append in rank order (some will stay unplaced).
        order += ranked.filter { !done[$0] }
        // Pinned sessions first; the others keep their (still topological) order.
        return order.filter { model.isPinned($0) } + order.filter { !model.isPinned($0) }
    }

    /// Places every session it can, each at its cheapest feasible placement.
    mutating func construct() {
        for session in constructionOrder() {
            if let (roomIndex, time) = bestPlacement(of: session) {
                state.place(session, room: roomIndex, at: time)
            }
        }
    }

    /// The cheapest feasible placement of an unplaced session over all its candidates (earliest
    /// and smallest room on ties), or over `sample` random candidates when given.
    func bestPlacement(
        of session: Int, sample: Int? = nil, in onlyRooms: [Int]? = nil, generator: inout SeededGenerator
    ) -> (Int, Int)? {
        let rooms = onlyRooms ?? model.roomCandidates[session]
        let starts = model.startCandidates[session]
        guard !rooms.isEmpty, !starts.isEmpty else { return nil }
        var best: (room: Int, start: Int, cost: Int)?
        func consider(_ roomIndex: Int, _ time: Int) {
            guard state.roomIsFree(roomIndex, for: session, at: time) else { return }
            let cost = state.placementDelta(session, room: roomIndex, at: time)
            if best.map({ cost < $0.cost }) ?? true { best = (roomIndex, time, cost) }
        }
        if let sample, sample < rooms.count * starts.count {
            for _ in 0..<sample {
                let time = starts[Int.random(in: 0..<starts.count, using: &generator)]
                guard state.canStart(session, at: time) else { continue }
                consider(rooms[Int.random(in: 0..<rooms.count, using: &generator)], time)
            }
        } else {
            for time in starts where state.canStart(session, at: time) {
                for roomIndex in rooms { consider(roomIndex, time) }
            }
        }
        return best.map { ($0.room, $0.start) }
    }

    private func bestPlacement(of session: Int) -> (Int, Int)? {
        var unused = SeededGenerator(seed: 0)
        return bestPlacement(of: session, generator: &unused)
    }

    // MARK: Local search

    /// Threshold accepting: a move is kept when it makes the cost worse by at most a threshold
    /// that falls linearly from `initialThreshold` to 0 over the iteration cap (so the search can
    /// leave a local optimum early and only improves at the end); the best timetable seen is kept.
    /// The clock is read before every 256th iteration; the search stops once it reaches `deadline`.
    mutating func improve<C: Clock>(until deadline: C.Instant, clock: C) where C.Duration == Duration {
        guard !model.sessions.isEmpty else { return }
        let cap = max(1, limits.maximumIterations)
        var current = state.cost
        while iterations < limits.maximumIterations && bestCost > insertionFloor * model.weights.unplaced {
            if iterations % 256 == 0 {
                if clock.now >= deadline {
                    stoppedByTime = true
                    break
                }
                if iterations % 8192 == 0 && iterations > 0 { report(.localSearch) }
            }
            let threshold = Self.initialThreshold * (cap - iterations) / cap
            iterations += 1
            journal.removeAll(keepingCapacity: true)
            guard tryMove() else { continue }
            let cost = state.cost
            if cost <= current + threshold {
                current = cost
                if cost < bestCost { remember() }
            } else {
                undo()
            }
        }
    }

    /// The worsening accepted at the start of the search (an hour of idle time at one point, or
    /// two plenaries in the afternoon).
    static let initialThreshold = 120

    /// Tries one random move; false when it was not possible (the state is then unchanged).
    private mutating func tryMove() -> Bool {
        let count = model.sessions.count
        if state.unplacedCount > insertionFloor && Int.random(in: 0..<10, using: &generator) < 3 {
            var session = Int.random(in: 0..<count, using: &generator)
            while state.isPlaced(session) || !model.hasCandidates(session) { session = (session + 1) % count }
            return insert(session)
        }
        guard state.placedCount > 0 else { return false }
        var session = Int.random(in: 0..<count, using: &generator)
        while !state.isPlaced(session) { session = (session + 1) % count }
        if Int.random(in: 0..<10, using: &generator) < 7 { return relocate(session) }
        var other = Int.random(in: 0..<count, using: &generator)
        while !state.isPlaced(other) { other = (other + 1) % count }
        return other != session && swap(session, other)
    }

    private mutating func move(_ session: Int, to roomIndex: Int, at time: Int) {
        journal.append((session, state.room[session], state.start[session]))
        if state.isPlaced(session) { state.unplace(session) }
        if roomIndex >= 0 { state.place(session, room: roomIndex, at: time) }
    }

    private mutating func unplaceJournalled(_ session: Int) {
        journal.append((session, state.room[session], state.start[session]))
        state.unplace(session)
    }

    /// Puts back every session the current move touched.
    private mutating func undo() {
        for entry in journal.reversed() where state.isPlaced(entry.session) { state.unplace(entry.session) }
        var restored = Set<Int>()
        for entry in journal where restored.insert(entry.session).inserted && entry.room >= 0 {
            state.place(entry.session, room: entry.room, at: entry.start)
        }
        journal.removeAll(keepingCapacity: true)
    }

    /// Moves a placed session to the cheapest of `relocationSample` random placements (another
    /// room, another start, or both; for a track's session, half the time in its track's home room).
    private mutating func relocate(_ session: Int) -> Bool {
        guard !model.isPinned(session) else { return false }
        let (oldRoom, oldStart) = (state.room[session], state.start[session])
        // Half the moves of a track's session try its track's home room only.
        var onlyRooms: [Int]?
        let track = model.track[session]
        if track >= 0, Bool.random(using: &generator), let home = state.homeRoom(of: track), home != oldRoom,
            model.roomCandidates[session].contains(home)
        {
            onlyRooms = [home]
        }
        unplaceJournalled(session)
        guard
            let (roomIndex, time) = bestPlacement(
                of: session, sample: Self.relocationSample, in: onlyRooms, generator: &generator),
            roomIndex != oldRoom || time != oldStart
        else {
            undo()
            return false
        }
        state.place(session, room: roomIndex, at: time)
        return true
    }

    /// Placements sampled per relocation.
    static let relocationSample = 32

    /// Exchanges the rooms and starts of two placed sessions.
    private mutating func swap(_ first: Int, _ second: Int) -> Bool {
        let (firstRoom, firstStart) = (state.room[first], state.start[first])
        let (secondRoom, secondStart) = (state.room[second], state.start[second])
        guard firstRoom != secondRoom || firstStart != secondStart,
            !model.isPinned(first), !model.isPinned(second),
            model.roomCandidates[first].contains(secondRoom),
            model.roomCandidates[second].contains(firstRoom),
            Self.contains(model.startCandidates[first], secondStart),
            Self.contains(model.startCandidates[second], firstStart)
        else { return false }
        unplaceJournalled(first)
        unplaceJournalled(second)
        guard state.canPlace(first, room: secondRoom, at: secondStart) else {
            undo()
            return false
        }
        state.place(first, room: secondRoom, at: secondStart)
        guard state.canPlace(second, room: firstRoom, at: firstStart) else {
            undo()
            return false
        }
        state.place(second, room: firstRoom, at: firstStart)
        return true
    }

    /// Places an unplaced session at a random candidate, taking out what is in the way (never a
    /// pinned session) and putting those back wherever they fit best among sampled placements.
    private mutating func insert(_ session: Int) -> Bool {
        let rooms = model.roomCandidates[session]
        let starts = model.startCandidates[session]
        guard !rooms.isEmpty, !starts.isEmpty else { return false }
        var choice: (room: Int, start: Int, blocking: [Int])?
        for _ in 0..<4 {
            let roomIndex = rooms[Int.random(in: 0..<rooms.count, using: &generator)]
            let time = starts[Int.random(in: 0..<starts.count, using: &generator)]
            let blocking = state.blocking(session, room: roomIndex, at: time)
            // A pinned session is never taken out of its place.
            if blocking.contains(where: model.isPinned) { continue }
            if choice.map({ blocking.count < $0.blocking.count }) ?? true {
                choice = (roomIndex, time, blocking)
            }
        }
        guard let choice, choice.blocking.count <= 3 else { return false }
        for other in choice.blocking { unplaceJournalled(other) }
        guard state.canPlace(session, room: choice.room, at: choice.start) else {
            undo()
            return false
        }
        move(session, to: choice.room, at: choice.start)
        for other in choice.blocking {
            if let (roomIndex, time) = bestPlacement(of: other, sample: 80, generator: &generator) {
                state.place(other, room: roomIndex, at: time)
            }
        }
        let removed = choice.blocking.filter { !state.isPlaced($0) }
        let points = removed.flatMap { model.sessionPoints[$0] }
        if !points.isEmpty && !state.linkTestsHold(points: points) {
            undo()
            return false
        }
        return true
    }

    private static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    private mutating func remember() {
        bestCost = state.cost
        bestRoom = state.room
        bestStart = state.start
    }

    private func report(_ phase: TimetableProgress.Phase) {
        guard let progress else { return }
        let placed = bestRoom.filter { $0 >= 0 }.count
        progress(
            TimetableProgress(
                phase: phase, iterations: iterations, placed: placed, sessions: model.sessions.count,
                bestScore: bestCost))
    }
}
