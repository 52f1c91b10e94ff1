extension GridModel {
    /// The sessions to leave out of a timetable (`cells`, one per session) so that the rest break
    /// no hard rule where they are, in the order they were chosen, each with the hard components
    /// it took part in when it was left out.
    ///
    /// Greedy, at most `limit` sessions: while some session takes part in a hard violation, the
    /// one that would break the most wherever it went (its least hard cost over its domain, the
    /// others staying put) is left out, then the one with the largest hard cost where it is; a
    /// pinned session only when no other takes part, ties to the later session. Each round costs
    /// a pass over the pairs of sessions kept and over the domains of those taking part.
    func hardBreakers(cells: [Int], limit: Int = .max) -> [(session: Int, components: [GridComponent])] {
        var kept = [Bool](repeating: true, count: sessionCount)
        var left: [(session: Int, components: [GridComponent])] = []
        while left.count < limit {
            var cost = [Int](repeating: 0, count: sessionCount)
            for session in 0..<sessionCount where kept[session] {
                var own = GridHardTally(weights)
                Self.unaryCost(
                    problem, session: session, slot: cells[session] / roomCount,
                    room: cells[session] % roomCount, into: &own)
                cost[session] &+= own.cost
                for other in (session + 1)..<max(session + 1, sessionCount) where kept[other] {
                    var pair = GridHardTally(weights)
                    pairCost(session, cells[session], other, cells[other], into: &pair)
                    cost[session] &+= pair.cost
                    cost[other] &+= pair.cost
                }
            }
            let crowded = crowdCounts(cells: cells, kept: kept)
            for session in 0..<sessionCount where kept[session] && crowd[session] {
                var share = GridHardTally(weights)
                crowdCost(
                    slot: cells[session] / roomCount, count: crowded[cells[session] / roomCount], into: &share
                )
                cost[session] &+= share.cost / max(1, crowded[cells[session] / roomCount])
            }
            let breaking = (0..<sessionCount).filter { kept[$0] && cost[$0] > 0 }
            var least: [Int: Int] = [:]
            for session in breaking {
                least[session] = leastHardCost(of: session, cells: cells, kept: kept, crowded: crowded)
            }
            guard
                let worst = breaking.max(by: {
                    (isPinned[$0] ? 0 : 1, least[$0] ?? 0, cost[$0], $0)
                        < (isPinned[$1] ? 0 : 1, least[$1] ?? 0, cost[$1], $1)
                })
            else { break }
            left.append((worst, hardComponents(of: worst, cells: cells, kept: kept, crowded: crowded)))
            kept[worst] = false
        }
        return left
    }

    /// The least hard cost a kept session would have in any cell of its domain, the other kept
    /// sessions staying where they are.
    private func leastHardCost(of session: Int, cells: [Int], kept: [Bool], crowded: [Int]) -> Int {
        var least = Int.max
        for cell in domain[session] {
            var tally = GridHardTally(weights)
            Self.unaryCost(
                problem, session: session, slot: cell / roomCount, room: cell % roomCount, into: &tally)
            for other in 0..<sessionCount where other != session && kept[other] {
                if session < other {
                    pairCost(session, cell, other, cells[other], into: &tally)
                } else {
                    pairCost(other, cells[other], session, cell, into: &tally)
                }
                if tally.cost >= least { break }
            }
            if crowd[session] {
                let slot = cell / roomCount
                let count = crowded[slot] + (cells[session] / roomCount == slot ? 0 : 1)
                if count >= 3 { tally.cost &+= weights.weight[GridComponent.crowd.ordinal] &* minutes[slot] }
            }
            least = min(least, tally.cost)
            if least == 0 { break }
        }
        return least == .max ? 0 : least
    }

    /// The hard components each session of a timetable takes part in, by session, for those
    /// that take part in any.
    func hardComponentsBySession(cells: [Int]) -> [(session: Int, components: [GridComponent])] {
        let kept = [Bool](repeating: true, count: sessionCount)
        let crowded = crowdCounts(cells: cells, kept: kept)
        return (0..<sessionCount).compactMap { session in
            let components = hardComponents(of: session, cells: cells, kept: kept, crowded: crowded)
            return components.isEmpty ? nil : (session, components)
        }
    }

    /// The hard components a session left out would break in the cell of its domain where it
    /// breaks least, the kept sessions staying where they are (`cells`, meaningful where kept).
    func hardComponentsWherever(_ session: Int, cells: [Int], kept: [Bool]) -> [GridComponent] {
        var others = kept
        others[session] = false
        var crowded = crowdCounts(cells: cells, kept: others)
        var chosen = domain[session].first ?? 0
        var least = Int.max
        for target in domain[session] {
            var tally = GridHardTally(weights)
            Self.unaryCost(
                problem, session: session, slot: target / roomCount, room: target % roomCount, into: &tally)
            for other in 0..<sessionCount where others[other] {
                if session < other {
                    pairCost(session, target, other, cells[other], into: &tally)
                } else {
                    pairCost(other, cells[other], session, target, into: &tally)
                }
            }
            if crowd[session] {
                crowdCost(slot: target / roomCount, count: crowded[target / roomCount] + 1, into: &tally)
            }
            if tally.cost < least {
                least = tally.cost
                chosen = target
            }
        }
        var placed = cells
        placed[session] = chosen
        if crowd[session] { crowded[chosen / roomCount] += 1 }
        return hardComponents(of: session, cells: placed, kept: others, crowded: crowded)
    }

    /// How many crowd-risk sessions kept lie in each timeslot.
    private func crowdCounts(cells: [Int], kept: [Bool]) -> [Int] {
        var crowded = [Int](repeating: 0, count: slotCount)
        for session in 0..<sessionCount where kept[session] && crowd[session] {
            crowded[cells[session] / roomCount] += 1
        }
        return crowded
    }

    /// The hard components a kept session takes part in, in `GridComponent` order.
    private func hardComponents(of session: Int, cells: [Int], kept: [Bool], crowded: [Int])
        -> [GridComponent]
    {
        var tally = GridComponentTally()
        Self.unaryCost(
            problem, session: session, slot: cells[session] / roomCount, room: cells[session] % roomCount,
            into: &tally)
        for other in 0..<sessionCount where other != session && kept[other] {
            if session < other {
                pairCost(session, cells[session], other, cells[other], into: &tally)
            } else {
                pairCost(other, cells[other], session, cells[session], into: &tally)
            }
        }
        if crowd[session] {
            crowdCost(
                slot: cells[session] / roomCount, count: crowded[cells[session] / roomCount], into: &tally)
        }
        return GridComponent.allCases.filter { $0.isHard && tally.values[$0.ordinal] > 0 }
    }
}
