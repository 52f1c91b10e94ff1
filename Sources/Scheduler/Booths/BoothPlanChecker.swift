public import Planning

/// Checks a booth plan against a problem's hard rules and scores it, without the allocator.
///
/// The hard checks work on the venue's booths by code and their geometry directly (they share
/// no data structure with the allocator), so the tests can hold the allocator to them.
public struct BoothPlanChecker: Sendable {
    /// The problem the plan is checked against.
    public let problem: BoothAllocationProblem

    let booths: [String: Booth]
    let walls: [String: Set<String>]
    let adjacency: [BoothAdjacency]

    /// Creates a checker for a problem.
    public init(problem: BoothAllocationProblem) {
        self.problem = problem
        booths = Dictionary(problem.venue.booths.map { ($0.code, $0) }) { first, _ in first }
        adjacency = problem.venue.adjacency()
        var walls: [String: Set<String>] = [:]
        for pair in adjacency where pair.kind == .sharedWall {
            walls[pair.first, default: []].insert(pair.second)
            walls[pair.second, default: []].insert(pair.first)
        }
        self.walls = walls
    }

    /// Checks a plan given as assignments (their states and pins are ignored: the problem's count).
    public func check(_ assignments: [BoothAssignment]) -> BoothPlanCheck {
        check(assignments.map { BoothPlanEntry(booth: $0.booth, party: $0.party.rawValue) })
    }

    /// The score of a plan alone, without findings (unknown booths and parties are left out; a
    /// booth given twice counts for its first party).
    public func score(of entries: [BoothPlanEntry]) -> BoothScore {
        let parties = Dictionary(problem.parties.map { ($0.id.rawValue, $0) }) { first, _ in first }
        var owner: [String: String] = [:]
        for entry in entries {
            let code = VietnameseText.normalized(entry.booth.trimmingSpaces)
            let party = entry.party.trimmingSpaces
            if booths[code] != nil && parties[party] != nil && owner[code] == nil { owner[code] = party }
        }
        return score(owner: owner, parties: parties)
    }

    /// Checks a hand-made plan: every hard violation and soft finding, and the score.
    public func check(_ entries: [BoothPlanEntry]) -> BoothPlanCheck {
        var hard: [BoothFinding] = []
        var soft: [BoothFinding] = []
        let parties = Dictionary(problem.parties.map { ($0.id.rawValue, $0) }) { first, _ in first }
        var owner: [String: String] = [:]
        var held: [String: [String]] = [:]
        for entry in entries {
            let code = VietnameseText.normalized(entry.booth.trimmingSpaces)
            let partyID = entry.party.trimmingSpaces
            guard let booth = booths[code] else {
                hard.append(
                    .init(
                        .unknownBooth, booth: code, party: partyID,
                        message: SchedulerMessage.unknownBooth(booth: code)))
                continue
            }
            guard let party = parties[partyID] else {
                let withdrawn = problem.withdrawnParties.contains(Identifier(partyID))
                hard.append(
                    .init(
                        withdrawn ? .withdrawnParty : .unknownParty, booth: code, party: partyID,
                        message: withdrawn
                            ? SchedulerMessage.withdrawnParty(booth: code, party: partyID)
                            : SchedulerMessage.unknownParty(booth: code, party: partyID)))
                continue
            }
            if let first = owner[code] {
                let other = parties[first]?.name ?? first
                hard.append(
                    .init(
                        .boothGivenTwice, booth: code, party: partyID,
                        message: first == partyID
                            ? SchedulerMessage.boothListedTwice(booth: code, party: party.name)
                            : SchedulerMessage.boothGivenTwice(booth: code, first: other, second: party.name))
                )
                continue
            }
            owner[code] = partyID
            held[partyID, default: []].append(code)
            if booth.blocked {
                hard.append(
                    .init(
                        .blockedBooth, booth: code, party: partyID,
                        message: SchedulerMessage.blockedBooth(booth: code, party: party.name)))
            }
            if problem.isClosed(booth) {
                hard.append(
                    .init(
                        .closedZone, booth: code, party: partyID,
                        message: SchedulerMessage.closedZone(booth: code, party: party.name)))
            }
            if party.showsFood && !problem.allowsFood(booth) {
                hard.append(
                    .init(
                        .foodNotAllowed, booth: code, party: partyID,
                        message: SchedulerMessage.foodNotAllowed(party: party.name, booth: code)))
            }
            let required = problem.requiredZones(for: party)
            if !required.isEmpty && !problem.booth(booth, matchesAny: required) {
                hard.append(
                    .init(
                        .wrongZone, booth: code, party: partyID,
                        message: SchedulerMessage.wrongZone(
                            booth: code, province: party.provinceName, zones: required)))
            }
        }
        for pin in problem.fixed where owner[pin.booth] != pin.party.rawValue {
            let name = parties[pin.party.rawValue]?.name ?? pin.party.rawValue
            hard.append(
                .init(
                    pin.pinned ? .pinNotKept : .holdNotKept, booth: pin.booth, party: pin.party.rawValue,
                    message: pin.pinned
                        ? SchedulerMessage.pinNotKept(booth: pin.booth, party: name)
                        : SchedulerMessage.holdNotKept(booth: pin.booth, party: name)))
        }
        for party in problem.parties {
            let codes = held[party.id.rawValue] ?? []
            let id = party.id.rawValue
            if codes.isEmpty {
                soft.append(
                    .init(
                        .notPlaced, party: id,
                        message: SchedulerMessage.partyNotPlaced(
                            party: party.name, booths: party.boothsWanted)))
                continue
            }
            if codes.count < party.boothsWanted {
                hard.append(
                    .init(
                        .fewerBoothsThanWanted, party: id,
                        message: SchedulerMessage.fewerBoothsThanWanted(
                            party: party.name, given: codes.count, wanted: party.boothsWanted)))
            } else if codes.count > party.boothsWanted {
                hard.append(
                    .init(
                        .moreBoothsThanWanted, party: id,
                        message: SchedulerMessage.moreBoothsThanWanted(
                            party: party.name, given: codes.count, wanted: party.boothsWanted)))
            }
            if !isConnected(codes) {
                hard.append(
                    .init(
                        .blockNotConnected, party: id,
                        message: SchedulerMessage.blockNotConnected(party: party.name, booths: codes.sorted())
                    ))
            } else if !isStraight(codes) {
                soft.append(
                    .init(
                        .blockNotStraight, party: id,
                        message: SchedulerMessage.blockNotStraight(
                            party: party.name, booths: codes.sorted { $0.naturallyBefore($1) },
                            wanted: party.boothsWanted,
                            straightRunFree: freeStraightRunExists(for: party, owner: owner))))
            }
            let offered = codes.reduce(into: Set<BoothService>()) { $0.formUnion(booths[$1]?.services ?? []) }
            for service in problem.services(for: party).sorted() where !offered.contains(service) {
                hard.append(
                    .init(
                        .missingService, party: id,
                        message: SchedulerMessage.serviceMissing(party: party.name, service: service)))
            }
        }
        soft += softFindings(owner: owner, held: held, parties: parties)
        soft += regionalPavilionFindings(owner: owner, held: held)
        return BoothPlanCheck(findings: hard + soft, score: score(owner: owner, parties: parties))
    }

    /// Whether the booths form one block through shared walls.
    func isConnected(_ codes: [String]) -> Bool {
        let set = Set(codes)
        guard let start = codes.first else { return true }
        var seen: Set<String> = [start]
        var stack = [start]
        while let code = stack.popLast() {
            for next in walls[code] ?? [] where set.contains(next) && seen.insert(next).inserted {
                stack.append(next)
            }
        }
        return seen.count == set.count
    }

    /// Whether the booths stand in one straight row: equal depth and top, each touching the next
    /// along x (or the same down a column).
    func isStraight(_ codes: [String]) -> Bool {
        let rects = codes.compactMap { booths[$0]?.rect }
        let t = Rect.tolerance
        func run(
            _ sorted: [Rect], _ along: (Rect) -> (start: Double, end: Double), _ across: (Rect) -> [Double]
        ) -> Bool {
            guard let first = sorted.first else { return true }
            let a = across(first)
            for (previous, next) in zip(sorted, sorted.dropFirst()) {
                if zip(across(next), a).contains(where: { abs($0 - $1) > t }) { return false }
                if abs(along(previous).end - along(next).start) > t { return false }
            }
            return true
        }
        let byX = rects.sorted { $0.x < $1.x }
        let byY = rects.sorted { $0.y < $1.y }
        return run(byX, { ($0.x, $0.maxX) }, { [$0.y, $0.depth] })
            || run(byY, { ($0.y, $0.maxY) }, { [$0.x, $0.width] })
    }

    /// Whether a straight run of the party's size is free for it in the plan: booths it may use,
    /// not held by another party nor pinned or held for one, offering its services and holding its
    /// own pins.
    func freeStraightRunExists(for party: BoothParty, owner: [String: String]) -> Bool {
        let k = party.boothsWanted
        let services = problem.services(for: party)
        let pins = Set(problem.fixed.filter { $0.party == party.id }.map(\.booth))
        let othersFixed = Set(problem.fixed.filter { $0.party != party.id }.map(\.booth))
        let usable = problem.venue.booths.filter {
            !othersFixed.contains($0.code) && (owner[$0.code] ?? party.id.rawValue) == party.id.rawValue
                && problem.zoneAllows(party, at: $0)
        }
        let t = Rect.tolerance
        func key(_ hall: String, _ x: Double, _ y: Double) -> String {
            "\(hall)|\(Int((x / t).rounded()))|\(Int((y / t).rounded()))"
        }
        let byCorner = Dictionary(usable.map { (key($0.hall, $0.rect.x, $0.rect.y), $0) }) { first, _ in first
        }
        for start in usable {
            for horizontal in [true, false] {
                var run = [start]
                while run.count < k, let last = run.last {
                    let next =
                        horizontal
                        ? byCorner[key(last.hall, last.rect.maxX, last.rect.y)]
                        : byCorner[key(last.hall, last.rect.x, last.rect.maxY)]
                    guard let next,
                        horizontal
                            ? abs(next.rect.depth - start.rect.depth) <= t
                            : abs(next.rect.width - start.rect.width) <= t
                    else { break }
                    run.append(next)
                }
                guard run.count == k else { continue }
                let offered = run.reduce(into: Set<BoothService>()) { $0.formUnion($1.services) }
                let codes = Set(run.map(\.code))
                if services.isSubset(of: offered) && pins.isSubset(of: codes) { return true }
            }
        }
        return false
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
