import Planning

extension BoothPlanChecker {
    /// A soft finding for each party standing outside its region's pavilion (not wholly within the
    /// zones serving the region) while the pavilion holds a block it may stand on (its booths
    /// wanted, joined by shared walls, allowed to it, with its services) of booths free, its own,
    /// or held by parties served after it: the pavilion is let in queue order, so the party could
    /// move in. Pinned and held parties are left out (as parties and as holders), as are parties of
    /// regions without a pavilion.
    ///
    /// A block is looked for in each group of such booths joined by shared walls, from a booth
    /// offering every service the party needs: the first booths a breadth-first walk reaches from
    /// it are a block. A party needing two services or more that no such block offers is looked
    /// for exactly, by ``BoothQueueChecker`` (growing joined sets of booths within the pavilion),
    /// when it wants at most ``exactBlockLimit`` booths; a larger one then gets no finding.
    func regionalPavilionFindings(owner: [String: String], held: [String: [String]]) -> [BoothFinding] {
        let fixedFor = Dictionary(problem.fixed.map { ($0.booth, $0.party.rawValue) }) { first, _ in first }
        let fixedParties = Set(fixedFor.values)
        let rank = Dictionary(problem.parties.enumerated().map { ($1.id.rawValue, $0) }) { first, _ in first }
        let zoneNames = Dictionary(problem.venue.zones.map { ($0.id, $0.name) }) { first, _ in first }
        var findings: [BoothFinding] = []
        for (index, party) in problem.parties.enumerated() {
            let id = party.id.rawValue
            guard !fixedParties.contains(id), let region = problem.region(of: party),
                let mine = held[id], !mine.isEmpty
            else { continue }
            let pavilion = problem.venue.booths.filter {
                !$0.blocked && problem.regions(at: $0).contains(region)
            }
            let inside = Set(pavilion.map(\.code))
            guard !pavilion.isEmpty, !mine.allSatisfy(inside.contains) else { continue }
            let usable = Set(
                pavilion.filter { booth in
                    guard (fixedFor[booth.code] ?? id) == id, problem.zoneAllows(party, at: booth) else {
                        return false
                    }
                    guard let holder = owner[booth.code] else { return true }
                    return holder == id || ((rank[holder] ?? -1) > index && !fixedParties.contains(holder))
                }
                .map(\.code))
            guard let block = joinedBlock(for: party, within: usable) else { continue }
            let names = Set(pavilion.compactMap { $0.zone.flatMap { zoneNames[$0] } }).sorted()
            findings.append(
                .init(
                    .outsideRegionalPavilion, party: id,
                    message: SchedulerMessage.outsideRegionalPavilion(
                        party: party.name, pavilion: names.joined(separator: ", "), booths: block)))
        }
        return findings
    }

    /// The most booths a block is looked for exactly when its services lie in different booths.
    static let exactBlockLimit = 4

    /// A block of `party`'s booths wanted within `codes`, joined by shared walls and offering every
    /// service it needs (codes in natural order); nil when there is none.
    func joinedBlock(for party: BoothParty, within codes: Set<String>) -> [String]? {
        let wanted = party.boothsWanted
        guard wanted >= 1, codes.count >= wanted else { return nil }
        let services = problem.services(for: party)
        let starts = codes.filter { services.isSubset(of: booths[$0]?.services ?? []) }
            .sorted { $0.naturallyBefore($1) }
        var seen: Set<String> = []
        for start in starts where !seen.contains(start) {
            var block = [start]
            var reached: Set<String> = [start]
            var next = 0
            while next < block.count && block.count < wanted {
                let code = block[next]
                next += 1
                for neighbour in (walls[code] ?? []).sorted(by: { $0.naturallyBefore($1) })
                where codes.contains(neighbour) && reached.insert(neighbour).inserted && block.count < wanted
                {
                    block.append(neighbour)
                }
            }
            if block.count == wanted { return block.sorted { $0.naturallyBefore($1) } }
            // The walk ran out of booths: its whole group is smaller than the block wanted.
            seen.formUnion(reached)
        }
        // Exact search grows every joined set of booths, so it is kept to small blocks: a
        // hand-made plan or venue must not make the check run away.
        guard services.count > 1, wanted <= Self.exactBlockLimit else { return nil }
        return BoothQueueChecker(problem: problem).block(for: party, size: wanted, within: codes)?
            .sorted { $0.naturallyBefore($1) }
    }
}
