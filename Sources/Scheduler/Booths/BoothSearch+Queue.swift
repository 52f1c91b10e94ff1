import Planning

extension BoothSearch {
    /// How a move changed who is placed, read down the serving order (``BoothAllocationProblem/parties``).
    enum QueueChange {
        /// The first party whose placement changed is now placed: the plan moved up the queue.
        case gain
        /// Nobody was placed or left out.
        case same
        /// The first party whose placement changed lost its booths: a later party gained at an
        /// earlier one's expense, which the queue rule forbids.
        case loss
    }

    /// How the move recorded in `undo` changed the placed parties, in serving order.
    func queueChange(_ undo: Undo) -> QueueChange {
        var first: (party: Int, placed: Bool)?
        for (p, previous) in undo.previous where (previous >= 0) != (block[p] >= 0) {
            if first.map({ p < $0.party }) ?? true { first = (p, block[p] >= 0) }
        }
        guard let first else { return .same }
        return first.placed ? .gain : .loss
    }

    /// Serves the queue once more, in order, so the plan keeps the queue rule exactly: each party
    /// without booths (in serving order) takes the best block it may stand on among the booths
    /// that are free or held by parties served after it (fewest such booths taken first, then the
    /// score); those parties lose their booths and are served again in their own turn, from the
    /// booths still free or held by parties after them.
    ///
    /// When a party's turn ends without booths, no block it may use lies in booths free or held by
    /// later parties; later turns only move booths among those, so this stays true to the end.
    ///
    /// A party whose candidate list found nothing for an earlier party, with no booth changing hands
    /// since, is passed over at once: the booths it may use are a subset of the earlier party's.
    mutating func serveQueue() {
        var changes = 0
        var fruitless: [Int: Int] = [:]
        for p in parties.indices where block[p] < 0 && !mustPlace[p] {
            if fruitless[listOf[p]] == changes { continue }
            let usable: (Int) -> Bool = { [owner, mustPlace] b in
                owner[b] < 0 || (owner[b] > p && !mustPlace[owner[b]])
            }
            guard let candidate = blockWithin(p, usable: usable) else {
                fruitless[listOf[p]] = changes
                continue
            }
            changes += 1
            var displaced: [Int] = []
            for b in lists[listOf[p]].blocks[candidate] where owner[b] >= 0 && !displaced.contains(owner[b]) {
                displaced.append(owner[b])
            }
            for q in displaced { remove(q) }
            place(p, at: candidate)
        }
    }

    /// The best block for a party among booths that pass `usable` (and that it may stand on): the
    /// one taking fewest booths from other parties, then adding most to the score; nil when none.
    ///
    /// The party's candidate list is searched first; when it was cut short (a cap was reached) and
    /// holds no such block, the blocks made only of usable booths are enumerated (up to
    /// ``enumerationCap`` looked at) and the first one found is added to the list.
    mutating func blockWithin(_ p: Int, usable: (Int) -> Bool) -> Int? {
        let list = lists[listOf[p]]
        var best: (taken: Int, value: Double, candidate: Int)?
        for (candidate, booths) in list.blocks.enumerated() where booths.allSatisfy(usable) {
            let taken = booths.reduce(0) { $0 + (owner[$1] >= 0 ? 1 : 0) }
            if let current = best, taken > current.taken { continue }
            let value = partyTerms(p, candidate) + neighbourTerms(p, booths)
            if best.map({ taken < $0.taken || value > $0.value + 1e-12 }) ?? true {
                best = (taken, value, candidate)
            }
        }
        if let best { return best.candidate }
        guard !list.complete else { return nil }
        let services = problem.services(for: parties[p])
        var found: [Int]?
        var looked = 0
        geometry.forEachConnectedBlock(
            size: parties[p].boothsWanted, allowed: { usable($0) && mayStand(p, at: $0) },
            visit: { block in
                looked += 1
                let offered = block.reduce(into: Set<BoothService>()) {
                    $0.formUnion(geometry.booths[$1].services)
                }
                if services.isSubset(of: offered) && list.position[block] == nil { found = block }
                return found == nil && looked < Self.enumerationCap
            })
        guard let found else { return nil }
        var extended = lists[listOf[p]]
        extended.position[found] = extended.blocks.count
        extended.blocks.append(found)
        extended.shapes.append(geometry.shape(of: found))
        lists[listOf[p]] = extended
        return extended.blocks.count - 1
    }
}
