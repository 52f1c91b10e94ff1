extension BoothUpperBound {
    /// The most valuable transport of units from parties (`capacity` each) to booths (one each),
    /// `value` per unit (parties × booths, -infinity where not allowed): successive shortest paths
    /// from a source (to each party with units left) to a sink (from each free booth), on costs
    /// `-value` (a unit moved off a booth gives its value back), stopping when no path adds value.
    /// Potentials keep every reduced cost non-negative, so each path is found by Dijkstra; a search
    /// stops once the sink is closer than every node left, and the nodes not settled then raise
    /// their potential by the sink's distance, which keeps the reduced costs non-negative.
    static func transport(
        value: [Double], capacity: [Int], booths: Int
    ) -> (value: Double, units: Int, owner: [Int]) {
        let parties = capacity.count
        guard parties > 0, booths > 0 else { return (0, 0, []) }
        var owner = [Int](repeating: -1, count: booths)
        var sent = [Int](repeating: 0, count: parties)
        // Initial potentials: shortest distances in the graph before any unit moves (no cycle):
        // the source and the parties 0, a booth its cheapest cost in, the sink its cheapest booth.
        var partyPotential = [Double](repeating: 0, count: parties)
        var boothPotential = [Double](repeating: 0, count: booths)
        var sinkPotential = Double.infinity
        for b in 0..<booths {
            var cheapest = Double.infinity
            for p in 0..<parties where value[p * booths + b] > -.infinity {
                cheapest = min(cheapest, -value[p * booths + b])
            }
            boothPotential[b] = cheapest < .infinity ? cheapest : 0
            if cheapest < .infinity { sinkPotential = min(sinkPotential, cheapest) }
        }
        guard sinkPotential < .infinity else { return (0, 0, []) }
        var total = 0.0
        var units = 0
        // Reduced distances, whether settled, and the node each was reached from.
        var partyDistance = [Double](repeating: 0, count: parties)
        var boothDistance = [Double](repeating: 0, count: booths)
        var partyDone = [Bool](repeating: false, count: parties)
        var boothDone = [Bool](repeating: false, count: booths)
        var boothFrom = [Int](repeating: -1, count: booths)
        var partyFrom = [Int](repeating: -1, count: parties)  // a booth it held, -1: the source
        while true {
            for p in 0..<parties {
                partyDistance[p] = sent[p] < capacity[p] ? -partyPotential[p] : .infinity
                partyDone[p] = false
                partyFrom[p] = -1
            }
            for b in 0..<booths {
                boothDistance[b] = .infinity
                boothDone[b] = false
                boothFrom[b] = -1
            }
            var sinkDistance = Double.infinity
            var lastBooth = -1
            while true {
                var node = -1
                var closest = Double.infinity
                for p in 0..<parties where !partyDone[p] && partyDistance[p] < closest {
                    closest = partyDistance[p]
                    node = p
                }
                for b in 0..<booths where !boothDone[b] && boothDistance[b] < closest {
                    closest = boothDistance[b]
                    node = parties + b
                }
                if node < 0 || closest >= sinkDistance { break }
                if node < parties {
                    let p = node
                    partyDone[p] = true
                    let row = p * booths
                    let base = partyDistance[p] + partyPotential[p]
                    for b in 0..<booths where !boothDone[b] && owner[b] != p {
                        let unit = value[row + b]
                        guard unit > -.infinity else { continue }
                        let distance = base - unit - boothPotential[b]
                        if distance < boothDistance[b] {
                            boothDistance[b] = distance
                            boothFrom[b] = p
                        }
                    }
                } else {
                    let b = node - parties
                    boothDone[b] = true
                    let base = boothDistance[b] + boothPotential[b]
                    let o = owner[b]
                    if o < 0 {
                        let distance = base - sinkPotential
                        if distance < sinkDistance {
                            sinkDistance = distance
                            lastBooth = b
                        }
                    } else if !partyDone[o] {
                        let distance = base + value[o * booths + b] - partyPotential[o]
                        if distance < partyDistance[o] {
                            partyDistance[o] = distance
                            partyFrom[o] = b
                        }
                    }
                }
            }
            guard lastBooth >= 0 else { break }
            let cost = sinkDistance + sinkPotential  // the path's true cost (the source's potential is 0)
            guard cost < -1e-9 else { break }
            var b = lastBooth
            while true {
                let p = boothFrom[b]
                let previous = partyFrom[p]
                owner[b] = p
                if previous < 0 {
                    sent[p] += 1
                    break
                }
                b = previous
            }
            total -= cost
            units += 1
            for p in 0..<parties { partyPotential[p] += min(partyDistance[p], sinkDistance) }
            for b in 0..<booths { boothPotential[b] += min(boothDistance[b], sinkDistance) }
            sinkPotential += sinkDistance
        }
        return (total, units, owner)
    }

    /// The most `party` can score with one neighbouring party (weighted): the best pavilion and
    /// cluster-grouping points it earns with any other party (both weights for another party of
    /// its province and cluster, the cluster weight for another province of its cluster).
    static func bestNeighbour(
        of party: BoothParty, among parties: [BoothParty], problem: BoothAllocationProblem,
        weights: BoothScoreWeights
    ) -> Double {
        var best = 0.0
        for other in parties where other.id != party.id {
            best = max(
                best,
                weights.pavilion * problem.pavilionValue(party, other) + weights.clusterGrouping
                    * problem.clusterGroupingValue(party, other))
        }
        return best
    }
}
