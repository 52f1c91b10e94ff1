import Planning

extension BoothSearch {
    /// The current plan as the allocator's result: placements, score, waiting list with reasons.
    func allocation(seed: UInt64, iterations: Int, stop: Outcome) -> BoothAllocation {
        var placements: [PartyPlacement] = []
        var unplaced: [(Int, UnplacedReason)] = []
        let fixedParties = Set(problem.fixed.map(\.party))
        // Parties without pins sharing a candidate list have the same needs, so the same reason.
        var reasons: [Int: UnplacedReason] = [:]
        for (p, party) in parties.enumerated() {
            let list = lists[listOf[p]]
            if let booths = booths(of: p) {
                let codes = booths.map { geometry.booths[$0].code }.sorted { $0.naturallyBefore($1) }
                var zones: [String] = []
                for b in booths.sorted() {
                    if let zone = geometry.booths[b].zone, !zones.contains(zone) { zones.append(zone) }
                }
                placements.append(
                    PartyPlacement(
                        party: party.id, name: party.name, province: party.provinceName, booths: codes,
                        zones: zones, fixed: fixedParties.contains(party.id)))
                if booths.count < party.boothsWanted && !list.blocks.isEmpty {
                    unplaced.append((p, .pinsCannotBeExtended(booths: party.boothsWanted)))
                }
            } else if mustPlace[p] {
                unplaced.append((p, reason(for: p)))
            } else {
                let known = reasons[listOf[p]] ?? reason(for: p)
                reasons[listOf[p]] = known
                unplaced.append((p, known))
            }
        }
        placements.sort { ($0.booths.first ?? "").naturallyBefore($1.booths.first ?? "") }
        let waiting = unplaced.sorted { $0.0 < $1.0 }.enumerated().map { position, entry in
            let party = parties[entry.0]
            return UnplacedParty(
                party: party.id, name: party.name, province: party.provinceName,
                boothsWanted: party.boothsWanted,
                reason: entry.1, waitingListPosition: position + 1)
        }
        let checker = BoothPlanChecker(problem: problem)
        let entries = placements.flatMap { placement in
            placement.booths.map { BoothPlanEntry(booth: $0, party: placement.party.rawValue) }
        }
        let stopReason: BoothAllocation.StopReason =
            switch stop {
            case .iterations: .iterationLimit
            case .time: .timeBudget
            case .nothingToMove: .nothingToImprove
            case .stalled: .stalled
            }
        return BoothAllocation(
            title: problem.title, seed: seed, iterations: iterations, stoppedBy: stopReason,
            placements: placements, score: checker.score(of: entries), unplaced: waiting,
            fixedBooths: problem.fixed)
    }

    /// Why an unplaced party has no booths, true of the current plan once ``serveQueue()`` has run:
    /// with candidate blocks, every one holds a booth of a party served before it.
    func reason(for p: Int) -> UnplacedReason {
        let party = parties[p]
        let others = Set(problem.fixed.filter { $0.party != party.id }.map(\.booth))
        let allowed = geometry.booths.filter {
            !others.contains($0.code) && problem.zoneAllows(party, at: $0)
        }
        if allowed.isEmpty {
            let foodAnywhere = geometry.booths.contains {
                !$0.blocked && !problem.isClosed($0) && problem.allowsFood($0)
            }
            return party.showsFood && !foodAnywhere ? .noFoodZone : .noAllowedZone
        }
        for service in problem.services(for: party).sorted()
        where !allowed.contains(where: { $0.services.contains(service) }) {
            return .missingService(service)
        }
        if lists[listOf[p]].blocks.isEmpty { return .noContiguousBlock(booths: party.boothsWanted) }
        return .noFreeBlock(booths: party.boothsWanted)
    }
}

extension String {
    /// Whether this booth code sorts before another, numbers compared by value (`A-2` before `A-10`).
    func naturallyBefore(_ other: String) -> Bool {
        func parts(_ text: String) -> [(String, Int?)] {
            var result: [(String, Int?)] = []
            var current = ""
            var digits = false
            for character in text {
                if character.isNumber != digits && !current.isEmpty {
                    result.append((current, digits ? Int(current) : nil))
                    current = ""
                }
                digits = character.isNumber
                current.append(character)
            }
            if !current.isEmpty { result.append((current, digits ? Int(current) : nil)) }
            return result
        }
        for (a, b) in zip(parts(self), parts(other)) {
            if let x = a.1, let y = b.1, x != y { return x < y }
            if a.0 != b.0 { return a.0 < b.0 }
        }
        return self.count < other.count
    }
}
