public import Planning

/// Checks a booth plan against the queue rule and the pavilion queue, and checks every reason given for a party left out,
/// without the allocator: it shares none of its data structures or searches.
///
/// Serving order is ``BoothAllocationProblem/parties`` (pinned or held parties first, then the
/// queue). A party **may use** a block when the block has exactly the booths it wants, joined by
/// shared walls, each one a booth the zoning rules allow it (``BoothAllocationProblem/zoneAllows(_:at:)``)
/// and not pinned or held for another party, and together offering every service it needs
/// (``BoothAllocationProblem/services(for:)``). The checks:
/// - **queue rule**: no party left out may use a block whose booths are all free in the plan or
///   held by parties served after it (and not pinned or held);
/// - **pavilion queue**: no party of a region with a pavilion (zones serving the region,
///   ``BoothAllocationProblem/regions(at:)``) that holds booths not all in such zones may use a
///   block wholly in them whose booths are all free, its own, or held by parties served after it
///   (pinned and held parties aside, as the party and as holders);
/// - **reasons**, each of the final plan: `noFoodZone`: it shows food and no lettable booth of
///   the venue allows food; `noAllowedZone`: no booth is allowed to it; `missingService(s)`: it
///   needs `s` and no allowed booth offers it; `noContiguousBlock(k)`: it wants `k` booths and no
///   block it may use exists at all; `noFreeBlock(k)`: it wants `k` booths, such blocks exist, and
///   every one holds a booth of a party served before it (it names only parties earlier in the
///   queue); `pinsCannotBeExtended(k)`: it holds exactly its pinned or held booths, fewer than
///   `k`, and no block it may use contains them;
/// - every party without booths is listed, none listed holds booths (pins aside), and the waiting
///   list is numbered 1, 2, 3… in serving order.
///
/// Blocks are looked for by growing connected sets of booth codes one neighbour at a time: exact,
/// and meant for checking (tests, small plans), not for large venues.
public struct BoothQueueChecker: Sendable {
    /// The problem the plan answers.
    public let problem: BoothAllocationProblem

    let walls: [String: Set<String>]
    let booths: [String: Booth]

    /// A checker for a problem.
    public init(problem: BoothAllocationProblem) {
        self.problem = problem
        var walls: [String: Set<String>] = [:]
        for pair in problem.venue.adjacency() where pair.kind == .sharedWall {
            walls[pair.first, default: []].insert(pair.second)
            walls[pair.second, default: []].insert(pair.first)
        }
        self.walls = walls
        booths = Dictionary(problem.venue.booths.map { ($0.code, $0) }) { first, _ in first }
    }

    /// Checks an allocation: its plan and its waiting list with reasons.
    public func check(_ allocation: BoothAllocation) -> [BoothQueueViolation] {
        check(entries: allocation.entries, unplaced: allocation.unplaced)
    }

    /// Checks a plan (booth → party) and the parties listed as left out, with their reasons.
    public func check(entries: [BoothPlanEntry], unplaced: [UnplacedParty]) -> [BoothQueueViolation] {
        let plan = Occupancy(entries: entries, problem: problem)
        var violations: [BoothQueueViolation] = []
        let listed = Dictionary(unplaced.map { ($0.party.rawValue, $0) }) { first, _ in first }
        for (index, party) in problem.parties.enumerated() {
            let id = party.id.rawValue
            let mine = plan.held[id] ?? []
            let allowed = allowedBooths(for: party)
            guard let entry = listed[id] else {
                if mine.isEmpty { violations.append(.unlistedParty(party.id)) }
                continue
            }
            if case .pinsCannotBeExtended(let wanted) = entry.reason {
                let pins = Set(problem.fixed.filter { $0.party == party.id }.map(\.booth))
                let holdsPins = Set(mine) == pins && !pins.isEmpty && pins.count < wanted
                let extensible = block(for: party, size: wanted, within: allowed, containing: pins) != nil
                if !holdsPins || extensible || wanted != party.boothsWanted {
                    violations.append(.reasonNotTrue(party: party.id, reason: entry.reason))
                }
                continue
            }
            guard mine.isEmpty else {
                violations.append(.listedButPlaced(party.id))
                continue
            }
            let later = plan.freeOrLater(than: index, among: allowed)
            if let violation = queueViolation(party, later: later, plan) { violations.append(violation) }
            if !isTrue(entry.reason, for: party, allowed: allowed, later: later) {
                violations.append(.reasonNotTrue(party: party.id, reason: entry.reason))
            }
        }
        violations += pavilionViolations(plan)
        let ranks = unplaced.map { plan.rank[$0.party.rawValue] ?? -1 }
        let positions = unplaced.map(\.waitingListPosition)
        if ranks != ranks.sorted() || positions != Array(0..<positions.count).map({ $0 + 1 }) {
            violations.append(.waitingListOutOfOrder(unplaced.map(\.party)))
        }
        return violations
    }

    /// Checks only the queue rule for `parties` (each holding no booths in the plan): none may use
    /// a block of booths free or held by parties served after it, counting only the booths of
    /// `movable` parties when given.
    ///
    /// Offers of freed booths are checked so, given as entries beside the booth plan with the
    /// offered parties as `movable`: an offer gives free booths only, so no waiting party may use a
    /// block of booths free or offered to parties after it.
    public func queueViolations(
        entries: [BoothPlanEntry], for parties: [Identifier<ExhibitingParty>],
        movable: Set<Identifier<ExhibitingParty>>? = nil
    ) -> [BoothQueueViolation] {
        let plan = Occupancy(entries: entries, problem: problem)
        let wanted = Set(parties)
        let movable = movable.map { Set($0.map(\.rawValue)) }
        return problem.parties.enumerated().compactMap { index, party in
            guard wanted.contains(party.id), (plan.held[party.id.rawValue] ?? []).isEmpty else { return nil }
            let later = plan.freeOrLater(than: index, among: allowedBooths(for: party)).filter { code in
                guard let movable, let holder = plan.owner[code] else { return true }
                return movable.contains(holder)
            }
            return queueViolation(party, later: later, plan)
        }
    }

    /// Checks only the pavilion queue: no party of a region standing outside its region's pavilion
    /// may use a block there whose booths are all free, its own, or held by parties served after
    /// it.
    public func pavilionViolations(entries: [BoothPlanEntry]) -> [BoothQueueViolation] {
        pavilionViolations(Occupancy(entries: entries, problem: problem))
    }

    /// The breaches of the pavilion queue in a plan, in serving order.
    func pavilionViolations(_ plan: Occupancy) -> [BoothQueueViolation] {
        problem.parties.enumerated().compactMap { index, party in
            let id = party.id.rawValue
            guard !plan.fixedParties.contains(id), let region = problem.region(of: party),
                let mine = plan.held[id], !mine.isEmpty
            else { return nil }
            let pavilion = allowedBooths(for: party).filter { code in
                booths[code].map { problem.regions(at: $0).contains(region) } ?? false
            }
            guard !Set(mine).isSubset(of: pavilion) else { return nil }
            let usable = plan.freeOrLater(than: index, among: pavilion).union(pavilion.intersection(mine))
            guard let block = block(for: party, size: party.boothsWanted, within: usable) else { return nil }
            let holders = Set(block.compactMap { plan.owner[$0] }).subtracting([id]).sorted().map {
                Identifier<ExhibitingParty>($0)
            }
            return .laterPartyHoldsPavilionBooths(party: party.id, block: block, laterHolders: holders)
        }
    }

    /// The breach of the queue rule by a party left out, if it may use a block within `later`.
    func queueViolation(_ party: BoothParty, later: Set<String>, _ plan: Occupancy) -> BoothQueueViolation? {
        guard let usable = block(for: party, size: party.boothsWanted, within: later) else { return nil }
        let holders = Set(usable.compactMap { plan.owner[$0] }).sorted().map {
            Identifier<ExhibitingParty>($0)
        }
        return .laterPartyHoldsUsableBooths(party: party.id, block: usable, laterHolders: holders)
    }

    /// The booths a party may stand on: allowed by the zoning rules, not pinned or held for another.
    func allowedBooths(for party: BoothParty) -> Set<String> {
        let fixedFor = Dictionary(problem.fixed.map { ($0.booth, $0.party) }) { first, _ in first }
        return Set(
            problem.venue.booths.filter { booth in
                (fixedFor[booth.code] ?? party.id) == party.id && problem.zoneAllows(party, at: booth)
            }
            .map(\.code))
    }

    /// Who holds what in a plan, and the serving order.
    struct Occupancy {
        /// Each booth's party (the first entry for a booth given twice).
        var owner: [String: String] = [:]
        /// Each party's booths.
        var held: [String: [String]] = [:]
        /// Each party's place in serving order.
        let rank: [String: Int]
        /// Parties with pinned or held booths (served before the queue).
        let fixedParties: Set<String>

        init(entries: [BoothPlanEntry], problem: BoothAllocationProblem) {
            for entry in entries where owner[entry.booth] == nil {
                owner[entry.booth] = entry.party
                held[entry.party, default: []].append(entry.booth)
            }
            rank = Dictionary(problem.parties.enumerated().map { ($1.id.rawValue, $0) }) { first, _ in first }
            fixedParties = Set(problem.fixed.map(\.party.rawValue))
        }

        /// The booths of `allowed` free in the plan or held by parties served after the party at
        /// `index` (and without pinned or held booths).
        func freeOrLater(than index: Int, among allowed: Set<String>) -> Set<String> {
            allowed.filter { code in
                guard let holder = owner[code] else { return true }
                return (rank[holder] ?? -1) > index && !fixedParties.contains(holder)
            }
        }
    }

    /// Whether the reason given for a party left out holds.
    func isTrue(_ reason: UnplacedReason, for party: BoothParty, allowed: Set<String>, later: Set<String>)
        -> Bool
    {
        switch reason {
        case .noFoodZone:
            return party.showsFood
                && !problem.venue.booths.contains {
                    !$0.blocked && !problem.isClosed($0) && problem.allowsFood($0)
                }
        case .noAllowedZone:
            return allowed.isEmpty
        case .missingService(let service):
            return problem.services(for: party).contains(service)
                && !allowed.contains { booths[$0]?.services.contains(service) == true }
        case .noContiguousBlock(let wanted):
            return wanted == party.boothsWanted && block(for: party, size: wanted, within: allowed) == nil
        case .noFreeBlock(let wanted):
            return wanted == party.boothsWanted && block(for: party, size: wanted, within: allowed) != nil
                && block(for: party, size: wanted, within: later) == nil
        case .pinsCannotBeExtended:
            return false
        }
    }

    /// A block the party may use within `codes` that contains `required`, or nil when none exists.
    func block(
        for party: BoothParty, size: Int, within codes: Set<String>, containing required: Set<String> = []
    ) -> [String]? {
        guard size >= 1, required.isSubset(of: codes), required.count <= size else { return nil }
        let services = problem.services(for: party)
        func offers(_ set: Set<String>) -> Bool {
            services.isSubset(
                of: set.reduce(into: Set<BoothService>()) { $0.formUnion(booths[$1]?.services ?? []) })
        }
        var level: Set<Set<String>>
        if required.isEmpty {
            level = Set(codes.map { [$0] })
        } else {
            guard isConnected(required) || required.count < size else { return nil }
            level = [required]
        }
        var count = max(1, required.count)
        while count < size {
            var next: Set<Set<String>> = []
            for set in level {
                for code in set {
                    for neighbour in walls[code] ?? []
                    where codes.contains(neighbour) && !set.contains(neighbour) {
                        next.insert(set.union([neighbour]))
                    }
                }
            }
            level = next
            count += 1
        }
        let found = level.filter { $0.count == size && isConnected($0) && offers($0) }
        return found.map { $0.sorted() }.min { $0.lexicographicallyPrecedes($1) }
    }

    /// Whether booths form one block through shared walls.
    func isConnected(_ set: Set<String>) -> Bool {
        guard let start = set.first else { return true }
        var seen: Set<String> = [start]
        var stack = [start]
        while let code = stack.popLast() {
            for next in walls[code] ?? [] where set.contains(next) && seen.insert(next).inserted {
                stack.append(next)
            }
        }
        return seen.count == set.count
    }
}
