public import Planning

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
/// - half of every adjacency of `b` to another booth that may be let (a wall 1, an aisle 0.5; a
///   blocked booth never holds a neighbour) times the most `p` can gain from one neighbour (same
///   province: pavilion and cluster grouping; same cluster, other province: cluster grouping). A pair of neighbouring
///   parties scores at most the smaller of the two, so at most the mean of the halves each party
///   is given.
///
/// A party wanting one booth (and holding no pins) may take only a booth offering every service
/// it needs: its block is that booth.
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
///
/// The bound is taken over the plans keeping the queue rule (see ``init(problem:)``; the
/// pavilion queue, which those plans keep too, only narrows them further, so it is not used);
/// ``init(problem:placing:)`` bounds the plans placing exactly given parties.
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
    ///
    /// **The queue rule.** Every plan the allocator returns keeps the queue rule (a party left out
    /// could use no block of booths free or held by parties served after it), and the bound is
    /// taken over those plans. Parties not pinned that may use exactly the same blocks form a
    /// class (``PartyClass``); a class's parties placed are its first ones in serving order. Three
    /// necessary conditions narrow how many each class places (``Relaxation/narrow(_:)``): room
    /// (the booths its classes may stand on), the booths the parties served before a waiting party
    /// must hold (one of every block of its class along the venue's lines), and the few booths of a
    /// class left to parties served after its waiting one. In the relaxation, the parties before a
    /// class's fewest count send all their units, those from its most count on none, and for a
    /// class of one-booth parties that cannot all be placed, every booth of the class is taken by
    /// a party served before its first one that may wait. Those demands are asked for by a bonus
    /// larger than any plan's points, so the transport meets them whenever it can.
    public init(problem: BoothAllocationProblem) {
        let relaxation = Relaxation(problem: problem)
        self.init(relaxation: relaxation, solution: relaxation.queueBound())
    }

    /// The bound over the plans that place exactly the parties `placing` (and the parties holding
    /// pins, which always stand): no arrangement of those parties scores above it, so its gap to
    /// a plan placing them is what a better arrangement could gain, and the rest of the gap to
    /// ``init(problem:)`` comes from choosing other parties. Each party of `placing` not pinned
    /// sends all its units and every other party none. Nil when the relaxation cannot place them
    /// all, so no plan places exactly them.
    public init?(problem: BoothAllocationProblem, placing: Set<Identifier<ExhibitingParty>>) {
        let relaxation = Relaxation(problem: problem)
        let pinned = Set(problem.fixed.map(\.party))
        var forced: [Int] = []
        var excluded = [Bool](repeating: false, count: problem.parties.count)
        for (p, party) in problem.parties.enumerated() where !pinned.contains(party.id) {
            if placing.contains(party.id) { forced.append(p) } else { excluded[p] = true }
        }
        guard
            let solution = relaxation.solve(
                forced: forced, excluded: excluded,
                fill: [Bool](repeating: false, count: relaxation.boothCount),
                closedFrom: [Int](repeating: .max, count: relaxation.boothCount))
        else { return nil }
        self.init(relaxation: relaxation, solution: solution)
    }

    /// The bound a relaxation's solution gives, with its parts.
    init(relaxation: Relaxation, solution: Relaxation.Solution) {
        points = relaxation.constant + solution.value
        units = solution.units
        var sums = [relaxation.constant, 0, 0, 0, 0]
        for (b, p) in solution.owner.enumerated() where p >= 0 {
            for (index, term) in relaxation.terms[p * relaxation.boothCount + b].enumerated() {
                sums[index] += term
            }
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
}
