import Planning

extension BoothUpperBound {
    /// The transport relaxation of a problem (see ``BoothUpperBound``): each party's units, what a
    /// unit is worth on each booth and by part, and the class of one-booth parties the serving
    /// order splits on.
    struct Relaxation {
        /// The booths that may be let, in venue order (blocked booths left out).
        let boothCount: Int
        /// Units each party (in serving order) may send.
        let capacity: [Int]
        /// What a unit is worth, parties × booths; -infinity where the party may not stand.
        let value: [Double]
        /// The same value by part (placement share, zoning, regional, prime, neighbours), parties
        /// × booths; empty where the party may not stand.
        let terms: [[Double]]
        /// The placement of the parties standing on pins, counted up front.
        let constant: Double
        /// The parties not pinned, in classes of parties that may use exactly the same blocks.
        let classes: [PartyClass]
        /// The units the parties holding pins may send, all served before the queue.
        let pinnedUnits: Int
        /// The sizes of the booth sets the classes stand on, and of all booths that may be let.
        let rooms: [Int]
        /// Whether a class's booths all lie in a room (class × room).
        let inside: [[Bool]]
        /// Whether two classes share a booth they may stand on (class × class).
        let overlaps: [[Bool]]
        /// Whether a class's booths all lie among another's (class × class).
        let within: [[Bool]]

        /// The relaxation of `problem`.
        init(problem: BoothAllocationProblem) {
            let weights = problem.policy.weights
            let parties = problem.parties
            let booths = problem.venue.booths.filter { !$0.blocked }
            let boothIndex = Dictionary(booths.indices.map { (booths[$0].code, $0) }) { first, _ in first }
            // Only adjacencies between two booths that may be let can bring a neighbour.
            var degree = [Double](repeating: 0, count: booths.count)
            for pair in problem.venue.adjacency() {
                guard let a = boothIndex[pair.first], let b = boothIndex[pair.second] else { continue }
                let weight = BoothAllocationProblem.weight(of: pair.kind)
                degree[a] += weight
                degree[b] += weight
            }
            let pinned = Dictionary(grouping: problem.fixed, by: \.party)
            var pinOwner: [Int: Identifier<ExhibitingParty>] = [:]
            for assignment in problem.fixed {
                if let b = boothIndex[assignment.booth] { pinOwner[b] = assignment.party }
            }
            var constant = 0.0
            var capacity: [Int] = []
            var value: [Double] = []
            var terms: [[Double]] = []
            var classes: [String: PartyClass] = [:]
            var pinnedUnits = 0
            for (p, party) in parties.enumerated() {
                let pins = pinned[party.id]?.count ?? 0
                let units = max(party.boothsWanted, pins)
                capacity.append(units)
                let neighbour = BoothUpperBound.bestNeighbour(
                    of: party, among: parties, problem: problem, weights: weights)
                let placement = weights.placement * problem.placementValue(of: party)
                let share: Double
                if pins > 0 {
                    constant += placement
                    share = 0
                } else {
                    let k = Double(max(1, units))
                    share = placement / k - neighbour * (k - 1) / k
                }
                // A party wanting one booth stands on a block of one: that booth must offer every
                // service it needs.
                let single = pins == 0 && party.boothsWanted == 1
                let services = problem.services(for: party)
                if pins > 0 { pinnedUnits += units }
                let merit = problem.merit(of: party)
                var row: [Bool] = []
                for (b, booth) in booths.enumerated() {
                    let allowed =
                        pinOwner[b].map { $0 == party.id }
                        ?? (problem.zoneAllows(party, at: booth)
                            && (!single || services.isSubset(of: booth.services)))
                    row.append(allowed)
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
                guard pins == 0 else { continue }
                let key =
                    "\(units)|\(services.map(\.rawValue).sorted())|"
                    + String(row.map { $0 ? "1" : "0" })
                if classes[key] == nil {
                    classes[key] = PartyClass(
                        size: units, services: services, parties: [], booths: row.indices.filter { row[$0] },
                        packing: 0)
                }
                classes[key]?.parties.append(p)
            }
            boothCount = booths.count
            self.capacity = capacity
            self.value = value
            self.terms = terms
            self.constant = constant
            self.pinnedUnits = pinnedUnits
            let geometry = BoothGeometry(venue: problem.venue)
            let letIndex = geometry.booths.map { boothIndex[$0.code] ?? -1 }
            self.classes = classes.values.sorted { $0.parties[0] < $1.parties[0] }.map { kind in
                var kind = kind
                kind.packing = kind.disjointBlocks(geometry: geometry, letIndex: letIndex, booths: booths)
                return kind
            }
            let sets = [Set(0..<booths.count)] + self.classes.map { Set($0.booths) }
            var distinct: [Set<Int>] = []
            for set in sets where !distinct.contains(set) { distinct.append(set) }
            rooms = distinct.map(\.count)
            let classSets = self.classes.map { Set($0.booths) }
            inside = classSets.map { mine in distinct.map { mine.isSubset(of: $0) } }
            overlaps = classSets.map { mine in classSets.map { !mine.isDisjoint(with: $0) } }
            within = classSets.map { mine in classSets.map { mine.isSubset(of: $0) } }
        }

        /// A transport's optimum: its points (without the bonuses asked for), units and owners.
        struct Solution {
            /// The points of the units placed, as ``value`` counts them.
            var value: Double
            /// The units placed.
            var units: Int
            /// Each booth's party (-1: none).
            var owner: [Int]
        }

        /// The relaxation of the plans whose counts of parties placed per class lie in `box`: the
        /// parties of a class before its least count send all their units, those from its most
        /// count on send none, and for a class of one-booth parties whose most count leaves one
        /// waiting, every booth of its class is filled, by parties served before that one.
        /// Nil when no transport meets those demands.
        func solve(_ box: Box) -> Solution? {
            var forced: [Int] = []
            var excluded = [Bool](repeating: false, count: capacity.count)
            var fill = [Bool](repeating: false, count: boothCount)
            var closedFrom = [Int](repeating: .max, count: boothCount)
            for (c, kind) in classes.enumerated() {
                forced += kind.parties[0..<box.least[c]]
                for p in kind.parties[box.most[c]...] { excluded[p] = true }
                guard kind.size == 1, box.most[c] < kind.parties.count else { continue }
                let first = kind.parties[box.most[c]]
                for b in kind.booths {
                    fill[b] = true
                    closedFrom[b] = min(closedFrom[b], first)
                }
            }
            return solve(forced: forced, excluded: excluded, fill: fill, closedFrom: closedFrom)
        }

        /// The optimum with `forced` parties sending all their units, `excluded` ones none, and
        /// every `fill` booth taken; a party may not stand on a booth once served at its
        /// `closedFrom` position or later. Nil when that cannot be met.
        func solve(forced: [Int], excluded: [Bool], fill: [Bool], closedFrom: [Int]) -> Solution? {
            let parties = capacity.count
            var bonus = 1.0
            for entry in value where entry > -.infinity { bonus += abs(entry) }
            bonus *= 4
            var demand = [Double](repeating: 0, count: parties)
            for p in forced { demand[p] = bonus }
            // Parties that may stand somewhere, compacted so the transport scans only those.
            var active: [Int] = []
            var matrix: [Double] = []
            matrix.reserveCapacity(value.count)
            for p in 0..<parties where capacity[p] > 0 && !excluded[p] {
                var row = [Double](repeating: -.infinity, count: boothCount)
                var any = false
                for b in 0..<boothCount {
                    let unit = value[p * boothCount + b]
                    guard unit > -.infinity, p < closedFrom[b] else { continue }
                    row[b] = unit + demand[p] + (fill[b] ? bonus : 0)
                    any = true
                }
                guard any else {
                    if demand[p] > 0 { return nil }
                    continue
                }
                active.append(p)
                matrix += row
            }
            let flow = BoothUpperBound.transport(
                value: matrix, capacity: active.map { capacity[$0] }, booths: boothCount)
            var owner = [Int](repeating: -1, count: boothCount)
            var sent = [Int](repeating: 0, count: parties)
            var points = 0.0
            for (b, a) in flow.owner.enumerated() where a >= 0 {
                let p = active[a]
                owner[b] = p
                sent[p] += 1
                points += value[p * boothCount + b]
            }
            guard forced.allSatisfy({ sent[$0] == capacity[$0] }),
                fill.indices.allSatisfy({ !fill[$0] || owner[$0] >= 0 })
            else { return nil }
            return Solution(value: points, units: flow.units, owner: owner)
        }
    }
}
