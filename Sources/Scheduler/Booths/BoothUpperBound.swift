import Planning

/// An upper bound on the score any booth plan of a problem can reach, so the gap between an
/// allocation and the best possible plan is known.
///
/// The bound is the optimum of a relaxation solved exactly: each party sends as many units as the
/// booths it wants (or holds pinned), each booth takes at most one unit, and a unit of party `p`
/// on booth `b` is worth
/// - its share of the party's placement value (the value over the booths wanted), less its share
///   of the walls inside a block: `k` booths joined by shared walls have at least `k − 1` of them,
///   and a wall inside a block has no neighbour to score with;
/// - the zoning, regional-pavilion and prime-booth points of `b` for `p`, as the score counts them;
/// - half of every adjacency of `b` (a wall 1, an aisle 0.5) times the most `p` can gain from one
///   neighbour (same province: pavilion; same cluster, other province: cluster grouping). A pair
///   of neighbouring parties scores at most the smaller of the two, so at most the mean of the
///   halves each party is given.
///
/// Every booth plan the allocator may return is a solution of the relaxation worth at least its
/// score: its blocks send their booths' units, a party placed gets its whole placement value, the
/// pair points are bounded as above, and the components counted against the plan (shapes, clashes,
/// moves against the published plan) are left out as zero. The relaxation drops what makes the
/// problem hard (one block per party, joined, with its services; a party placed whole or not at
/// all) and keeps the contention for booths: each booth is counted once, for one party. It is a
/// transportation problem, solved by successive shortest paths with potentials (Dijkstra on dense
/// arrays: parties × booths per augmentation, one augmentation per booth filled).
///
/// A party holding pinned or held booths counts its whole placement value up front (it stands on
/// them whatever the search does) and sends the larger of its booths wanted and its pins; pinned
/// booths take no other party.
public struct BoothUpperBound: Hashable, Sendable {
    /// The bound, in points (the scale of ``BoothScore/total``).
    public let points: Double
    /// Booth units the relaxation's optimum places.
    public let units: Int
    /// The bound's points by part, as the relaxation's optimum counts them: `placement` (the
    /// placement value of the parties standing on pins and the shares of those sending units,
    /// less the walls inside blocks), `zoning`, `regional-pavilion`, `prime-booths` and
    /// `neighbours` (the pavilion and cluster-grouping points a booth's walls and aisles may
    /// bring). Their sum is ``points``.
    public let parts: [(name: String, points: Double)]

    /// The bound of `problem`.
    public init(problem: BoothAllocationProblem) {
        let weights = problem.policy.weights
        let parties = problem.parties
        let booths = problem.venue.booths.filter { !$0.blocked }
        let boothIndex = Dictionary(booths.indices.map { (booths[$0].code, $0) }) { first, _ in first }
        var degree = [Double](repeating: 0, count: booths.count)
        for pair in problem.venue.adjacency() {
            let weight = BoothAllocationProblem.weight(of: pair.kind)
            if let a = boothIndex[pair.first] { degree[a] += weight }
            if let b = boothIndex[pair.second] { degree[b] += weight }
        }
        let pinned = Dictionary(grouping: problem.fixed, by: \.party)
        var pinOwner: [Int: Identifier<ExhibitingParty>] = [:]
        for assignment in problem.fixed {
            if let b = boothIndex[assignment.booth] { pinOwner[b] = assignment.party }
        }
        var constant = 0.0
        var capacity: [Int] = []
        var value: [Double] = []  // parties × booths, -infinity where the party may not stand
        var terms: [[Double]] = []  // per party × booth: share, zoning, regional, prime, neighbours
        for party in parties {
            let pins = pinned[party.id]?.count ?? 0
            let units = max(party.boothsWanted, pins)
            capacity.append(units)
            let neighbour = Self.bestNeighbour(of: party, among: parties, problem: problem, weights: weights)
            let placement = weights.placement * problem.placementValue(of: party)
            let share: Double
            if pins > 0 {
                constant += placement
                share = 0
            } else {
                let k = Double(max(1, units))
                share = placement / k - neighbour * (k - 1) / k
            }
            let merit = problem.merit(of: party)
            for (b, booth) in booths.enumerated() {
                let allowed =
                    pinOwner[b].map { $0 == party.id } ?? problem.zoneAllows(party, at: booth)
                guard allowed else {
                    value.append(-.infinity)
                    terms.append([])
                    continue
                }
                let term = [
                    share, weights.zoning * problem.zoningValue(of: party, at: booth),
                    weights.regionalPavilion * problem.regionalValue(of: party, at: booth),
                    weights.primeBooths * merit * Double(problem.primeUnits(of: booth)),
                    0.5 * degree[b] * neighbour,
                ]
                value.append(term.reduce(0, +))
                terms.append(term)
            }
        }
        let flow = Self.transport(value: value, capacity: capacity, booths: booths.count)
        points = constant + flow.value
        units = flow.units
        var sums = [constant, 0, 0, 0, 0]
        for (b, p) in flow.owner.enumerated() where p >= 0 {
            for (index, term) in terms[p * booths.count + b].enumerated() { sums[index] += term }
        }
        parts = zip(["placement", "zoning", "regional-pavilion", "prime-booths", "neighbours"], sums).map {
            (name: $0.0, points: $0.1)
        }
    }

    /// Two bounds are equal when their points, units and parts are.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.points == rhs.points && lhs.units == rhs.units && lhs.parts.map(\.name) == rhs.parts.map(\.name)
            && lhs.parts.map(\.points) == rhs.parts.map(\.points)
    }

    /// Hashes the points and units.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(points)
        hasher.combine(units)
    }

    /// The gap of `score` below the bound, as a fraction of the bound (0 when it reaches it).
    public func gap(of score: Double) -> Double {
        guard points > 0 else { return 0 }
        return max(0, points - score) / points
    }

    /// The most `party` can score with one neighbouring party (weighted): the pavilion weight
    /// when another party stands for its province, the cluster weight when another province of
    /// its cluster exhibits, the larger of the two.
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
}
