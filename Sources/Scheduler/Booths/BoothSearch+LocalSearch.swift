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
        /// The iteration budget was spent.
        case iterations
        /// The time guard cut the run.
        case time
        /// No party has another block to move to.
        case nothingToMove
        /// The best plan did not improve for ``BoothSearch/stallPhases(phaseLength:)`` phases in a row.
        case stalled
    }

    /// A plan the search keeps: each party's block, the candidate lists the blocks index (the
    /// queue may have added a block to a list cut short), and its score.
    struct Snapshot {
        var block: [Int]
        var lists: [Candidates]
        var score: Double
    }

    /// The iterations of one annealing phase: 20 per party, between 2,000 and 20,000. It depends on
    /// the instance only, never on the budget (see ``improve(limits:clock:start:generator:progress:)``).
    static func phaseLength(parties: Int) -> Int { min(20_000, max(2_000, 20 * parties)) }

    /// Phases in a row without a better plan after which the search stops as stalled: 4, and
    /// enough phases to make 20,000 iterations.
    static func stallPhases(phaseLength: Int) -> Int { max(4, (20_000 + phaseLength - 1) / phaseLength) }

    /// The iteration budget scaled to the instance: one iteration per party and lettable booth
    /// (parties × booths), at least 20,000 and at most 1,000,000, rounded up to whole phases.
    static func scaledBudget(parties: Int, booths: Int) -> Int {
        let phase = phaseLength(parties: parties)
        let raw = min(1_000_000, max(20_000, parties * booths))
        return (raw + phase - 1) / phase * phase
    }

    /// The iterations a run does: the caller's cap or the scaled budget, whichever is smaller.
    static func budget(limits: SearchLimits, parties: Int, booths: Int) -> Int {
        max(0, min(limits.maximumIterations, scaledBudget(parties: parties, booths: booths)))
    }

    /// The iteration counts at which a run with `budget` iterations finalises its best plan beside
    /// the phase ends: `budget / (2^a · 5^b)` for every a, b ≥ 0 (integer division), down to 1.
    ///
    /// The set of a budget `k·N` (k = 2^a · 5^b: 2, 4, 5, 10, …) holds `N` and every count of `N`'s
    /// own set, because ⌊⌊x/p⌋/q⌋ = ⌊x/(pq)⌋; this is what makes 2× and 10× the iterations never
    /// end worse.
    static func checkpoints(budget: Int) -> Set<Int> {
        var result: Set<Int> = []
        var twos = budget
        while twos >= 1 {
            var fives = twos
            while fives >= 1 {
                result.insert(fives)
                fives /= 5
            }
            twos /= 2
        }
        return result
    }

    /// Simulated annealing in phases over block moves, swaps, ejections and ruin-and-recreate,
    /// lexicographic over the queue; leaves the best plan found in place (served in queue order)
    /// and returns the iterations done and why it stopped.
    ///
    /// **Phases.** The run is a sequence of phases of ``phaseLength(parties:)`` iterations. In each,
    /// the temperature falls geometrically from hot to cold (5 → 0.05 in score points), so every
    /// phase ends cold; the next phase reheats and restarts from the best plan found at a phase end
    /// so far. At each phase end the phase's best plan is served in queue order (``serveQueue()``)
    /// and scored: that finalised plan is a candidate for the result.
    ///
    /// **Stopping.** The run stops after `budget` iterations (``budget(limits:parties:booths:)``),
    /// or when ``stallPhases(phaseLength:)`` phases in a row found nothing better, so a run is a pure function
    /// of the instance, the seed and the budget. The time budget is only a guard: `clock` is read
    /// when the allocation starts (`start`, before the candidate blocks are listed) and before every
    /// 256th iteration, and the run stops, cut by time, once the time spent passes the budget.
    ///
    /// **More iterations never end worse.** Nothing in a phase depends on the budget: the phase
    /// length, the temperatures, the random draws and the restart points (phase ends only) are the
    /// same whatever the budget, so a run with a larger budget replays a smaller run's trajectory
    /// step for step and goes on. The plan returned is the best finalised plan over the phase ends
    /// and the counts of ``checkpoints(budget:)``, which for a budget `k·N` (k = 2, 4, 5, 10, …)
    /// include the count `N` and every checkpoint of the run with budget `N`: the larger run scores
    /// every plan the smaller one could return and keeps the best, so its score is at least as high.
    /// Finalising at a checkpoint never changes the trajectory (the search state and the candidate
    /// lists are put back as they were).
    ///
    /// The queue comes first: a move that leaves a party without booths is refused unless it places
    /// a party served earlier (``queueChange(_:)``); one that places a party served earlier than
    /// any it leaves out is always taken and becomes the phase's best plan, whatever its score.
    /// Among moves that change nobody's placement the score decides, as annealing does.
    mutating func improve<C: Clock>(
        limits: SearchLimits, clock: C, start: C.Instant, generator: inout SeededGenerator,
        progress: (@Sendable (AllocationProgress) -> Void)?
    ) -> (iterations: Int, stop: Outcome) where C.Duration == Duration {
        let movable = parties.indices.filter { lists[listOf[$0]].blocks.count > (mustPlace[$0] ? 1 : 0) }
        let budget = Self.budget(limits: limits, parties: parties.count, booths: lettableBooths)
        var best = finalised(block)
        var restart = best
        func report(_ phase: AllocationProgress.Phase, _ iteration: Int) {
            progress?(
                AllocationProgress(
                    phase: phase, iteration: iteration, maximumIterations: budget,
                    currentScore: score, bestScore: best.score,
                    placedParties: best.block.filter { $0 >= 0 }.count))
        }
        report(.constructed, 0)
        guard !movable.isEmpty, budget > 0 else {
            adopt(best)
            report(.finished, 0)
            return (0, .nothingToMove)
        }
        let bySize = Dictionary(grouping: parties.indices, by: { parties[$0].boothsWanted })
        let phaseLength = Self.phaseLength(parties: parties.count)
        let stallPhases = Self.stallPhases(phaseLength: phaseLength)
        let checkpoints = Self.checkpoints(budget: budget)
        let startTemperature = 5.0
        let endTemperature = 0.05
        let cooling = pow(endTemperature / startTemperature, 1 / Double(phaseLength))
        var temperature = startTemperature
        var phaseBestScore = score
        var phaseBest = block
        var phaseBestFinalised = true
        var iteration = 0
        var phasesWithoutGain = 0
        var stop = Outcome.iterations
        /// Finalises the phase's best plan (once) and keeps it when it beats the best so far.
        func checkpoint() -> Bool {
            guard !phaseBestFinalised else { return false }
            phaseBestFinalised = true
            let candidate = finalised(phaseBest)
            guard candidate.score > best.score + 1e-9 else { return false }
            best = candidate
            return true
        }
        while true {
            if iteration % 256 == 0 && start.duration(to: clock.now) > limits.timeBudget {
                stop = .time
                break
            }
            if iteration >= budget { break }
            if iteration % 1000 == 0 && iteration > 0 { report(.searching, iteration) }
            iteration += 1
            temperature *= cooling
            step(
                movable: movable, bySize: bySize, temperature: temperature, generator: &generator,
                phaseBest: &phaseBest, phaseBestScore: &phaseBestScore, finalised: &phaseBestFinalised)
            if iteration % phaseLength == 0 {
                // A phase end: finalise; restart (reheated) from the best plan found at a phase end.
                let before = restart.score
                let candidate = phaseBestFinalised ? nil : finalised(phaseBest)
                phaseBestFinalised = true
                if let candidate, candidate.score > restart.score + 1e-9 { restart = candidate }
                if let candidate, candidate.score > best.score + 1e-9 { best = candidate }
                phasesWithoutGain = restart.score > before + 1e-9 ? 0 : phasesWithoutGain + 1
                if phasesWithoutGain >= stallPhases {
                    stop = .stalled
                    break
                }
                adopt(restart)
                phaseBest = block
                phaseBestScore = score
                temperature = startTemperature
            } else if checkpoints.contains(iteration) {
                _ = checkpoint()
            }
        }
        _ = checkpoint()
        adopt(best)
        report(.finished, iteration)
        return (iteration, stop)
    }

    /// One annealing step: draws a move, refuses it when it breaks the queue, accepts it by the
    /// Metropolis rule otherwise, and records a new best plan of the phase.
    mutating func step(
        movable: [Int], bySize: [Int: [Int]], temperature: Double, generator: inout SeededGenerator,
        phaseBest: inout [Int], phaseBestScore: inout Double, finalised: inout Bool
    ) {
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
        guard let undo else { return }
        let change = queueChange(undo)
        if change == .loss {
            revert(undo)
            score = before
            return
        }
        let delta = score - before
        let accepted =
            change == .gain || delta >= -1e-9
            || Double.random(in: 0..<1, using: &generator) < exp(delta / temperature)
        if accepted {
            if change == .gain || score > phaseBestScore + 1e-9 {
                phaseBestScore = score
                phaseBest = block
                finalised = false
            }
        } else {
            revert(undo)
            score = before
        }
    }

    /// The plan `blocks` served once more in queue order and scored, leaving the search's state
    /// and candidate lists exactly as they were.
    mutating func finalised(_ blocks: [Int]) -> Snapshot {
        let saved = Snapshot(block: block, lists: lists, score: score)
        restore(blocks)
        serveQueue()
        score = recomputedScore()
        let result = Snapshot(block: block, lists: lists, score: score)
        adopt(saved)
        score = saved.score
        return result
    }

    /// Makes a kept plan the current one, with the candidate lists its blocks index.
    mutating func adopt(_ snapshot: Snapshot) {
        for p in parties.indices { remove(p) }
        lists = snapshot.lists
        restore(snapshot.block)
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
