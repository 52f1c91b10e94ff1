import Planning

/// The allocator's working state: candidate blocks per party, who holds each booth, and the
/// score kept up to date move by move.
///
/// The score is the sum of party terms (placement, block shape, zoning, regional pavilion, prime
/// booths, stability), which depend on one party's block only, and neighbour terms (pavilion,
/// cluster grouping, product clash) over adjacencies
/// between two parties' booths; placing or removing one party changes only its own terms and
/// the neighbour terms at its booths, so every move is scored in time proportional to its size.
struct BoothSearch {
    /// A party's candidate blocks: sorted booth numbers, straight runs first, then compact
    /// blocks, then other shapes.
    struct Candidates {
        /// The blocks.
        var blocks: [[Int]]
        /// Each block's position, for swaps.
        var position: [[Int]: Int]
        /// Each block's shape.
        var shapes: [BlockShape]
        /// How many blocks, from the first, are straight runs.
        var straightCount: Int
        /// Whether every block the party may stand on is listed (no cap was reached).
        var complete: Bool
    }

    /// The most candidate blocks listed for one party.
    static let candidateCap = 20_000
    /// The most connected blocks looked at (kept or not) while listing one party's candidates.
    static let enumerationCap = 400_000

    let problem: BoothAllocationProblem
    let geometry: BoothGeometry
    let parties: [BoothParty]
    /// The candidate lists; parties with the same needs share one.
    var lists: [Candidates] = []
    /// Each party's list.
    var listOf: [Int] = []
    /// Whether a party's booths are fixed (pinned or held) so it may not be unplaced.
    var mustPlace: [Bool] = []
    /// The party each booth is pinned or held for (-1 none).
    var fixedOwner: [Int] = []
    /// Who holds each booth (-1 free).
    var owner: [Int]
    /// Each party's block in its list (-1 unplaced).
    var block: [Int]
    /// The current score.
    var score = 0.0

    // Per-party and per-booth constants of the score.
    let weights: BoothScoreWeights
    var placement: [Double] = []
    var merit: [Double] = []
    var zoningTable: [[Double]] = []
    var zoningOf: [Int] = []
    var prime: [Double] = []
    var published: [[Int]?] = []
    var provinceID: [Int] = []
    var clusterID: [Int] = []
    var productMask: [UInt64] = []
    /// Each party's region as a bit (0: none).
    var regionBit: [UInt8] = []
    /// What a booth in its region's pavilion is worth to each party, before the weight.
    var regionValue: [Double] = []
    /// The regions each booth's pavilion serves, as bits.
    var boothRegions: [UInt8] = []
    /// The lettable booths, for the scaled iteration budget.
    let lettableBooths: Int

    /// Indexes a problem and builds every party's candidate blocks.
    init(problem: BoothAllocationProblem) {
        self.problem = problem
        geometry = BoothGeometry(venue: problem.venue)
        parties = problem.parties
        weights = problem.policy.weights
        owner = Array(repeating: -1, count: geometry.booths.count)
        block = Array(repeating: -1, count: parties.count)
        prime = geometry.booths.map { Double(problem.primeUnits(of: $0)) }
        lettableBooths = geometry.booths.filter { !$0.blocked }.count
        boothRegions = geometry.booths.map { booth in
            problem.regions(at: booth).reduce(0) { $0 | Self.bit(of: $1) }
        }
        buildPartyConstants()
        buildCandidates()
    }

    mutating func buildPartyConstants() {
        var provinces: [String: Int] = [:]
        var clusters: [String: Int] = [:]
        var zoningKeys: [String: Int] = [:]
        let partyIndex = Dictionary(uniqueKeysWithValues: parties.enumerated().map { ($1.id, $0) })
        var publishedBooths = [[Int]](repeating: [], count: parties.count)
        var hasPublished = [Bool](repeating: false, count: parties.count)
        for assignment in problem.published {
            guard let p = partyIndex[assignment.party] else { continue }
            hasPublished[p] = true
            publishedBooths[p].append(geometry.index[assignment.booth] ?? -1)
        }
        for (p, party) in parties.enumerated() {
            placement.append(problem.placementValue(of: party))
            merit.append(problem.merit(of: party))
            published.append(hasPublished[p] ? Array(Set(publishedBooths[p])).sorted() : nil)
            provinceID.append(
                party.provinceKey.map { key in
                    provinces[key]
                        ?? {
                            provinces[key] = provinces.count
                            return provinces.count - 1
                        }()
                } ?? -1)
            clusterID.append(
                party.cluster.map { key in
                    clusters[key]
                        ?? {
                            clusters[key] = clusters.count
                            return clusters.count - 1
                        }()
                } ?? -1)
            regionBit.append(problem.region(of: party).map(Self.bit(of:)) ?? 0)
            regionValue.append(weights.regionalPavilion * problem.regionalWeight(of: party))
            productMask.append(party.productSets.reduce(0) { $0 | (1 << UInt64(max(0, min(63, $1)))) })
            let key =
                "\(party.mainCategory?.rawValue ?? "")|\(party.preferredZones.joined(separator: ","))|\(party.provinceKey ?? "")"
            if let existing = zoningKeys[key] {
                zoningOf.append(existing)
            } else {
                zoningKeys[key] = zoningTable.count
                zoningOf.append(zoningTable.count)
                zoningTable.append(geometry.booths.map { problem.zoningValue(of: party, at: $0) })
            }
        }
    }

    /// A region as one bit of a mask.
    static func bit(of region: PavilionRegion) -> UInt8 {
        1 << UInt8(PavilionRegion.allCases.firstIndex(of: region) ?? 0)
    }

    mutating func buildCandidates() {
        let partyIndex = Dictionary(uniqueKeysWithValues: parties.enumerated().map { ($1.id, $0) })
        var pins = [[Int]](repeating: [], count: parties.count)
        var fixedBooth = [Bool](repeating: false, count: geometry.booths.count)
        fixedOwner = Array(repeating: -1, count: geometry.booths.count)
        for assignment in problem.fixed {
            guard let p = partyIndex[assignment.party], let b = geometry.index[assignment.booth] else {
                continue
            }
            if !pins[p].contains(b) { pins[p].append(b) }
            fixedBooth[b] = true
            fixedOwner[b] = p
        }
        var shared: [String: Int] = [:]
        for (p, party) in parties.enumerated() {
            let services = problem.services(for: party)
            let required = problem.requiredZones(for: party)
            let key =
                "\(party.boothsWanted)|\(party.showsFood)|\(required.joined(separator: ","))|"
                + services.sorted().map(\.rawValue).joined(separator: ",")
            mustPlace.append(!pins[p].isEmpty)
            if pins[p].isEmpty, let existing = shared[key] {
                listOf.append(existing)
                continue
            }
            let mine = Set(pins[p])
            let allowed = geometry.booths.indices.map { b in
                (mine.contains(b) || !fixedBooth[b]) && problem.zoneAllows(party, at: geometry.booths[b])
            }
            let candidates = Self.candidates(
                size: party.boothsWanted, pins: pins[p].sorted(), services: services, allowed: allowed,
                geometry: geometry)
            if pins[p].isEmpty { shared[key] = lists.count }
            listOf.append(lists.count)
            lists.append(candidates)
        }
    }

    /// The candidate blocks of a party: blocks of allowed booths joined by shared walls that hold
    /// its pins and offer its services. Straight runs come first, then compact blocks (2 × n
    /// rectangles, less a corner for odd sizes), then other shapes in the order Wernicke's
    /// enumeration finds them, up to ``candidateCap`` blocks in all (and ``enumerationCap``
    /// blocks looked at); its pins alone when they already make up the booths wanted or cannot be
    /// extended.
    static func candidates(
        size: Int, pins: [Int], services: Set<BoothService>, allowed: [Bool], geometry: BoothGeometry
    ) -> Candidates {
        func acceptable(_ block: [Int]) -> Bool {
            let offered = block.reduce(into: Set<BoothService>()) {
                $0.formUnion(geometry.booths[$1].services)
            }
            return services.isSubset(of: offered) && pins.allSatisfy { block.contains($0) }
        }
        var blocks: [[Int]] = []
        var shapes: [BlockShape] = []
        var position: [[Int]: Int] = [:]
        func add(_ block: [Int], _ shape: BlockShape) {
            guard position[block] == nil, blocks.count < candidateCap else { return }
            position[block] = blocks.count
            blocks.append(block)
            shapes.append(shape)
        }
        if pins.count >= size {
            add(pins, geometry.shape(of: pins))
            return Candidates(
                blocks: blocks, position: position, shapes: shapes, straightCount: 0, complete: true)
        }
        for run in geometry.straightRuns(length: size, allowed: { allowed[$0] }) where acceptable(run) {
            add(run, .straight)
        }
        let straightCount = blocks.count
        for block in geometry.compactBlocks(size: size, allowed: { allowed[$0] }) where acceptable(block) {
            add(block, .compact)
        }
        var looked = 0
        var complete = true
        geometry.forEachConnectedBlock(
            size: size, allowed: { allowed[$0] },
            visit: { block in
                looked += 1
                if position[block] == nil && acceptable(block) { add(block, geometry.shape(of: block)) }
                complete = blocks.count < candidateCap && looked < enumerationCap
                return complete
            })
        if blocks.isEmpty && !pins.isEmpty { add(pins, geometry.shape(of: pins)) }
        return Candidates(
            blocks: blocks, position: position, shapes: shapes, straightCount: straightCount,
            complete: complete)
    }

    /// Whether a party may stand at a booth: the zoning rules allow it and the booth is not pinned
    /// or held for another party.
    func mayStand(_ p: Int, at b: Int) -> Bool {
        (fixedOwner[b] < 0 || fixedOwner[b] == p) && problem.zoneAllows(parties[p], at: geometry.booths[b])
    }

    // MARK: - Scoring

    /// A party's own terms on one of its candidate blocks (nil or negative: unplaced).
    func partyTerms(_ p: Int, _ candidate: Int?) -> Double {
        guard let candidate, candidate >= 0 else { return published[p] == nil ? 0 : -weights.stability }
        let list = lists[listOf[p]]
        let booths = list.blocks[candidate]
        var value = weights.placement * placement[p] - weights.compactness * list.shapes[candidate].penalty
        let zoning = zoningTable[zoningOf[p]]
        let region = regionBit[p]
        for b in booths {
            value += weights.zoning * zoning[b] + weights.primeBooths * prime[b] * merit[p]
            if boothRegions[b] & region != 0 { value += regionValue[p] }
        }
        if let previous = published[p], previous != booths { value -= weights.stability }
        return value
    }

    /// The neighbour value of two parties.
    @inline(__always)
    func pairValue(_ p: Int, _ q: Int) -> Double {
        let sameProvince = provinceID[p] >= 0 && provinceID[p] == provinceID[q]
        let sameCluster = clusterID[p] >= 0 && clusterID[p] == clusterID[q]
        var value = sameProvince ? weights.pavilion : 0
        if sameCluster {
            value += weights.clusterGrouping
        } else if !sameProvince && productMask[p] & productMask[q] != 0 {
            value -= weights.productClash
        }
        return value
    }

    /// The neighbour terms between a block and the booths other parties hold now.
    func neighbourTerms(_ p: Int, _ booths: [Int]) -> Double {
        var value = 0.0
        for b in booths {
            for (n, weight) in geometry.neighbours[b] {
                let q = owner[n]
                if q >= 0 && q != p { value += weight * pairValue(p, q) }
            }
        }
        return value
    }

    /// The booths of a party's current block.
    func booths(of p: Int) -> [Int]? {
        block[p] < 0 ? nil : lists[listOf[p]].blocks[block[p]]
    }

    /// Removes a party, updating the score.
    mutating func remove(_ p: Int) {
        guard let booths = booths(of: p) else { return }
        score -= partyTerms(p, block[p]) + neighbourTerms(p, booths) - partyTerms(p, nil)
        for b in booths { owner[b] = -1 }
        block[p] = -1
    }

    /// Places an unplaced party on a block whose booths are free, updating the score.
    mutating func place(_ p: Int, at candidate: Int) {
        let booths = lists[listOf[p]].blocks[candidate]
        score += partyTerms(p, candidate) + neighbourTerms(p, booths) - partyTerms(p, nil)
        for b in booths { owner[b] = p }
        block[p] = candidate
    }

    /// Whether every booth of a block is free.
    func isFree(_ booths: [Int]) -> Bool {
        booths.allSatisfy { owner[$0] < 0 }
    }

    /// The score of the current state computed from scratch.
    func recomputedScore() -> Double {
        var value = 0.0
        for p in parties.indices {
            let booths = booths(of: p)
            value += partyTerms(p, block[p])
            if let booths {
                // Each adjacency between two parties is seen from both sides.
                value += neighbourTerms(p, booths) / 2
            }
        }
        return value
    }
}
