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

    /// Serves the queue once more, in order, so the plan keeps the queue rule and the pavilion
    /// queue exactly. In serving order, each party (pins and holds aside):
    /// - **without booths** takes the best block it may stand on among the booths that are free or
    ///   held by parties served after it (fewest such booths taken first, then the score);
    /// - **of a region with a pavilion, standing outside it** (not wholly within pavilion zones
    ///   serving its region) moves into the best block it may stand on there among the booths that
    ///   are free, its own, or held by parties served after it, when there is one: a region's
    ///   pavilion is let in the queue's order, so a party registered later (of that region or
    ///   another) never keeps a place in it that an earlier party of the region could take.
    ///
    /// The parties who lose booths are served again in their own turn, from the booths still free
    /// or held by parties after them. When a party's turn ends, no block it may use lies in the
    /// booths free or held by later parties (nor, for a party outside its pavilion, in those of
    /// the pavilion); later turns only move booths among later parties and free ones, so this
    /// stays true to the end.
    ///
    /// A party whose candidate list found nothing for an earlier party (in the pavilion step, an
    /// earlier party of the same region), with no booth changing hands since, is passed over at
    /// once: the booths it may use are a subset of the earlier party's.
    mutating func serveQueue() {
        var changes = 0
        var fruitless: [Int: Int] = [:]
        var fruitlessInPavilion: [Int: Int] = [:]
        for p in parties.indices where !mustPlace[p] {
            if block[p] < 0 && fruitless[listOf[p]] != changes {
                let usable: (Int) -> Bool = { [owner, mustPlace] b in
                    owner[b] < 0 || (owner[b] > p && !mustPlace[owner[b]])
                }
                if let candidate = blockWithin(p, usable: usable) {
                    changes += 1
                    take(candidate, for: p)
                } else {
                    fruitless[listOf[p]] = changes
                }
            }
            let region = regionBit[p]
            let key = listOf[p] * 256 + Int(region)
            guard region != 0, let mine = booths(of: p), fruitlessInPavilion[key] != changes,
                !mine.allSatisfy({ boothRegions[$0] & region != 0 })
            else { continue }
            let usable: (Int) -> Bool = { [owner, mustPlace, boothRegions] b in
                boothRegions[b] & region != 0
                    && (owner[b] < 0 || owner[b] == p || (owner[b] > p && !mustPlace[owner[b]]))
            }
            if let candidate = blockWithin(p, usable: usable) {
                changes += 1
                remove(p)
                take(candidate, for: p)
            } else {
                fruitlessInPavilion[key] = changes
            }
        }
    }

    /// Places an unplaced party on a candidate block, taking its booths from whoever holds them.
    mutating func take(_ candidate: Int, for p: Int) {
        var displaced: [Int] = []
        for b in lists[listOf[p]].blocks[candidate] where owner[b] >= 0 && !displaced.contains(owner[b]) {
            displaced.append(owner[b])
        }
        for q in displaced { remove(q) }
        place(p, at: candidate)
    }

    /// The best block for a party among booths that pass `usable` (and that it may stand on): the
    /// one taking fewest booths from other parties, then adding most to the score; nil when none.
    /// The party may hold booths already (they are not counted as taken).
    ///
    /// The party's candidate list is searched first; when it was cut short (a cap was reached) and
    /// holds no such block, the blocks made only of usable booths are enumerated (up to
    /// ``enumerationCap`` looked at) and the first one found is added to the list.
    mutating func blockWithin(_ p: Int, usable: (Int) -> Bool) -> Int? {
        let list = lists[listOf[p]]
        var best: (taken: Int, value: Double, candidate: Int)?
        for (candidate, booths) in list.blocks.enumerated() where booths.allSatisfy(usable) {
            let taken = booths.reduce(0) { $0 + (owner[$1] >= 0 && owner[$1] != p ? 1 : 0) }
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
