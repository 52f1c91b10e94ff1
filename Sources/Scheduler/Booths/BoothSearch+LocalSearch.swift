#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension BoothSearch {
    /// Why the search stopped.
    enum Outcome {
        /// The iteration cap was reached.
        case iterations
        /// The time budget ran out.
        case time
        /// No party has another block to move to.
        case nothingToMove
        /// The best plan did not improve for ``BoothSearch/stallLimit(parties:)`` steps.
        case stalled
    }

    /// Steps without a better plan after which the search stops: 50,000, or 50 per party when
    /// there are more than 1,000 parties. Counted in steps, so a run stays reproducible.
    static func stallLimit(parties: Int) -> Int { max(50_000, 50 * parties) }

    /// Simulated annealing over block moves, swaps and ejections, lexicographic over the queue;
    /// leaves the best plan found in place, served once more in queue order, and returns the
    /// iterations done. The time budget is measured on `clock`, read once when the search starts
    /// and then before every 256th iteration.
    ///
    /// The queue comes first: a move that leaves a party without booths is refused unless it places
    /// a party served earlier (``queueChange(_:)``); one that places a party served earlier than
    /// any it leaves out is always taken and becomes the best plan, whatever its score. Among moves
    /// that change nobody's placement the score decides, as annealing does. At the end
    /// ``serveQueue()`` makes the queue rule exact.
    mutating func improve<C: Clock>(
        limits: SearchLimits, clock: C, generator: inout SeededGenerator,
        progress: (@Sendable (AllocationProgress) -> Void)?
    ) -> (iterations: Int, stop: Outcome) where C.Duration == Duration {
        let movable = parties.indices.filter { lists[listOf[$0]].blocks.count > (mustPlace[$0] ? 1 : 0) }
        var bestScore = score
        var bestBlock = block
        func report(_ phase: AllocationProgress.Phase, _ iteration: Int) {
            progress?(
                AllocationProgress(
                    phase: phase, iteration: iteration, maximumIterations: limits.maximumIterations,
                    currentScore: score, bestScore: bestScore,
                    placedParties: bestBlock.filter { $0 >= 0 }.count))
        }
        report(.constructed, 0)
        guard !movable.isEmpty, limits.maximumIterations > 0 else {
            serveQueue()
            score = recomputedScore()
            bestScore = score
            bestBlock = block
            report(.finished, 0)
            return (0, .nothingToMove)
        }
        let bySize = Dictionary(grouping: parties.indices, by: { parties[$0].boothsWanted })
        let start = clock.now
        let startTemperature = 5.0
        let endTemperature = 0.05
        let cooling = pow(endTemperature / startTemperature, 1 / Double(limits.maximumIterations))
        var temperature = startTemperature
        var iteration = 0
        var lastImprovement = 0
        let stallLimit = Self.stallLimit(parties: parties.count)
        var stop = Outcome.iterations
        while iteration < limits.maximumIterations {
            if iteration - lastImprovement >= stallLimit {
                stop = .stalled
                break
            }
            if iteration % 256 == 0 && start.duration(to: clock.now) > limits.timeBudget {
                stop = .time
                break
            }
            if iteration % 1000 == 0 && iteration > 0 { report(.searching, iteration) }
            iteration += 1
            temperature *= cooling
            let before = score
            var p = movable[Int.random(in: 0..<movable.count, using: &generator)]
            if Int.random(in: 0..<10, using: &generator) < 3 {
                // Favour parties on the waiting list.
                for _ in 0..<8 where block[p] >= 0 {
                    p = movable[Int.random(in: 0..<movable.count, using: &generator)]
                }
            }
            let undo: Undo?
            let draw = Int.random(in: 0..<20, using: &generator)
            if draw < 2 {
                undo = ruinAndRecreate(around: p, generator: &generator)
            } else if block[p] >= 0 && draw < 10 {
                let peers = bySize[parties[p].boothsWanted] ?? []
                let q = peers[Int.random(in: 0..<peers.count, using: &generator)]
                undo = swap(p, q)
            } else {
                // Half the moves aim at straight runs, the best shape, when a party has others too.
                let list = lists[listOf[p]]
                let straight =
                    list.straightCount > 0 && list.straightCount < list.blocks.count
                    && Bool.random(using: &generator)
                let count = straight ? list.straightCount : list.blocks.count
                undo = relocate(p, to: Int.random(in: 0..<count, using: &generator), generator: &generator)
            }
            guard let undo else { continue }
            let change = queueChange(undo)
            if change == .loss {
                revert(undo)
                score = before
                continue
            }
            let delta = score - before
            let accepted =
                change == .gain || delta >= -1e-9
                || Double.random(in: 0..<1, using: &generator) < exp(delta / temperature)
            if accepted {
                if change == .gain || score > bestScore + 1e-9 {
                    bestScore = score
                    bestBlock = block
                    lastImprovement = iteration
                }
            } else {
                revert(undo)
                score = before
            }
        }
        restore(bestBlock)
        serveQueue()
        score = recomputedScore()
        bestScore = score
        bestBlock = block
        report(.finished, iteration)
        return (iteration, stop)
    }

    /// The blocks of the parties a move touched, before it.
    struct Undo {
        var previous: [(party: Int, block: Int)]
    }

    /// Puts the touched parties back on their previous blocks.
    mutating func revert(_ undo: Undo) {
        for (p, _) in undo.previous { remove(p) }
        for (p, previous) in undo.previous where previous >= 0 { place(p, at: previous) }
    }

    /// Moves a party to a candidate block, displacing the parties on it and re-placing them (see
    /// ``reinsert(_:undo:generator:)``); nil when the move is impossible.
    mutating func relocate(_ p: Int, to candidate: Int, generator: inout SeededGenerator) -> Undo? {
        guard candidate != block[p] else { return nil }
        let target = lists[listOf[p]].blocks[candidate]
        var displaced: [Int] = []
        for b in target where owner[b] >= 0 && owner[b] != p && !displaced.contains(owner[b]) {
            if mustPlace[owner[b]] { return nil }
            displaced.append(owner[b])
        }
        if displaced.count > 3 { return nil }
        var undo = Undo(previous: [(p, block[p])])
        remove(p)
        for q in displaced {
            undo.previous.append((q, block[q]))
            remove(q)
        }
        place(p, at: candidate)
        let order = displaced.sorted {
            parties[$0].boothsWanted != parties[$1].boothsWanted
                ? parties[$0].boothsWanted > parties[$1].boothsWanted : $0 < $1
        }
        for q in order { reinsert(q, undo: &undo, generator: &generator) }
        return undo
    }

    /// Re-places a displaced party: on its best free block, or else on a block held by one other
    /// movable party that can itself move to a free block (an ejection chain of depth two, trying
    /// a few blocks from a random start); the party stays unplaced when neither works.
    mutating func reinsert(_ q: Int, undo: inout Undo, generator: inout SeededGenerator) {
        if let free = bestFreeCandidate(q, hugging: false) {
            place(q, at: free)
            return
        }
        let blocks = lists[listOf[q]].blocks
        guard !blocks.isEmpty else { return }
        let start = Int.random(in: 0..<blocks.count, using: &generator)
        for step in 0..<min(blocks.count, 12) {
            let candidate = (start + step) % blocks.count
            var other = -1
            var single = true
            for b in blocks[candidate] where owner[b] >= 0 {
                if other >= 0 && owner[b] != other { single = false }
                other = owner[b]
            }
            guard single, other >= 0, !mustPlace[other], !undo.previous.contains(where: { $0.party == other })
            else { continue }
            let previous = block[other]
            remove(other)
            place(q, at: candidate)
            if let free = bestFreeCandidate(other, hugging: false) {
                undo.previous.append((other, previous))
                place(other, at: free)
                return
            }
            remove(q)
            place(other, at: previous)
        }
    }

    /// Clears the neighbourhood of a party's block (or of a random booth) and refills it: the
    /// parties standing there and a few from the waiting list are re-placed in random order (or
    /// largest first), each on its best free block.
    mutating func ruinAndRecreate(around p: Int, generator: inout SeededGenerator) -> Undo? {
        let seed = booths(of: p)?.first ?? Int.random(in: 0..<geometry.booths.count, using: &generator)
        var area: [Int] = [seed]
        var seen: Set<Int> = [seed]
        var index = 0
        while index < area.count && area.count < 12 {
            for (n, _) in geometry.neighbours[area[index]] where seen.insert(n).inserted { area.append(n) }
            index += 1
        }
        var touched: [Int] = block[p] < 0 ? [p] : []
        for b in area where owner[b] >= 0 && !mustPlace[owner[b]] && !touched.contains(owner[b]) {
            touched.append(owner[b])
        }
        for _ in 0..<3 {
            let q = Int.random(in: 0..<parties.count, using: &generator)
            if block[q] < 0 && !touched.contains(q) && !lists[listOf[q]].blocks.isEmpty { touched.append(q) }
        }
        guard touched.count > 1 else { return nil }
        let undo = Undo(previous: touched.map { ($0, block[$0]) })
        for q in touched { remove(q) }
        touched.shuffle(using: &generator)
        if Bool.random(using: &generator) {
            touched.sort { parties[$0].boothsWanted > parties[$1].boothsWanted }
        }
        for q in touched {
            if let free = bestFreeCandidate(q, hugging: true) { place(q, at: free) }
        }
        return undo
    }

    /// Swaps the blocks of two placed parties of the same size; nil when either may not stand on
    /// the other's block.
    mutating func swap(_ p: Int, _ q: Int) -> Undo? {
        guard p != q, let mine = booths(of: p), let theirs = booths(of: q),
            let forP = lists[listOf[p]].position[theirs], let forQ = lists[listOf[q]].position[mine]
        else { return nil }
        let undo = Undo(previous: [(p, block[p]), (q, block[q])])
        remove(p)
        remove(q)
        place(p, at: forP)
        place(q, at: forQ)
        return undo
    }

    /// Replaces the current plan with the given blocks and recomputes the score.
    mutating func restore(_ blocks: [Int]) {
        for p in parties.indices { remove(p) }
        for (p, candidate) in blocks.enumerated() where candidate >= 0 { place(p, at: candidate) }
        score = recomputedScore()
    }
}
