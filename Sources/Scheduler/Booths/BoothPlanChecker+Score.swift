import Planning

extension BoothPlanChecker {
    /// The score of a plan given as booth code → party identifier (known booths and parties only).
    func score(owner: [String: String], parties: [String: BoothParty]) -> BoothScore {
        var raw = [ScoreComponentKind: Double]()
        var held: [String: [String]] = [:]
        for (code, id) in owner { held[id, default: []].append(code) }
        for party in problem.parties {
            let codes = (held[party.id.rawValue] ?? []).sorted()
            let published = Set(problem.published.filter { $0.party == party.id }.map(\.booth))
            if !published.isEmpty && published != Set(codes) { raw[.stability, default: 0] -= 1 }
            guard !codes.isEmpty else { continue }
            raw[.placement, default: 0] += problem.placementValue(of: party)
            raw[.compactness, default: 0] -= shape(of: codes).penalty
            let merit = problem.merit(of: party)
            for code in codes {
                guard let booth = problemBooth(code) else { continue }
                raw[.zoning, default: 0] += problem.zoningValue(of: party, at: booth)
                raw[.regionalPavilion, default: 0] += problem.regionalValue(of: party, at: booth)
                raw[.primeBooths, default: 0] += Double(problem.primeUnits(of: booth)) * merit
            }
        }
        for pair in pairsBetweenParties(owner: owner, parties: parties) {
            let weight = BoothAllocationProblem.weight(of: pair.kind)
            raw[.pavilion, default: 0] += weight * problem.pavilionValue(pair.a, pair.b)
            raw[.clusterGrouping, default: 0] += weight * problem.clusterGroupingValue(pair.a, pair.b)
            if problem.clash(pair.a, pair.b) { raw[.productClash, default: 0] -= weight }
        }
        let weights = problem.policy.weights
        return BoothScore(
            components: ScoreComponentKind.allCases.map {
                ScoreComponent(kind: $0, value: raw[$0] ?? 0, weight: weights[$0])
            })
    }

    /// The shape of a party's booths: straight when they stand in one row (or column), else
    /// graded by how well they fill their bounding rectangle.
    func shape(of codes: [String]) -> BlockShape {
        isStraight(codes) ? .straight : BlockShape.bent(codes.compactMap { booths[$0]?.rect })
    }

    /// The booth with a code.
    func problemBooth(_ code: String) -> Booth? {
        booths[code]
    }

    /// Every adjacency between booths of two different known parties.
    func pairsBetweenParties(owner: [String: String], parties: [String: BoothParty])
        -> [(a: BoothParty, b: BoothParty, kind: BoothAdjacency.Kind)]
    {
        adjacency.compactMap { pair in
            guard let x = owner[pair.first], let y = owner[pair.second], x != y, let a = parties[x],
                let b = parties[y]
            else { return nil }
            return (a, b, pair.kind)
        }
    }

    /// Soft findings: clashing neighbours, split pavilions, preferred zones missed, prime booths
    /// out of order, parties moved against the published plan.
    func softFindings(owner: [String: String], held: [String: [String]], parties: [String: BoothParty])
        -> [BoothFinding]
    {
        var findings: [BoothFinding] = []
        var clashes: Set<[String]> = []
        var linked: [String: Set<String>] = [:]
        for pair in pairsBetweenParties(owner: owner, parties: parties) {
            if problem.sameProvince(pair.a, pair.b) {
                linked[pair.a.id.rawValue, default: []].insert(pair.b.id.rawValue)
                linked[pair.b.id.rawValue, default: []].insert(pair.a.id.rawValue)
            }
            guard problem.clash(pair.a, pair.b) else { continue }
            let key = [pair.a.id.rawValue, pair.b.id.rawValue].sorted()
            guard clashes.insert(key).inserted else { continue }
            let common = pair.a.productSets.intersection(pair.b.productSets).sorted()
                .map { OCOPClassification.productSet($0).name(.vietnamese) }
            findings.append(
                .init(
                    .sameProductNeighbours, party: key[0],
                    message: SchedulerMessage.sameProductNeighbours(
                        first: pair.a.name, second: pair.b.name, productSets: common)))
        }
        let placed = problem.parties.filter { !(held[$0.id.rawValue] ?? []).isEmpty }
        // Provinces in the order their first party is served, so findings come in a stable order.
        var provinces: [String] = []
        for party in placed where !provinces.contains(party.provinceKey ?? "") {
            provinces.append(party.provinceKey ?? "")
        }
        let byProvince = Dictionary(grouping: placed, by: { $0.provinceKey ?? "" })
        for key in provinces where !key.isEmpty {
            guard let group = byProvince[key], group.count > 1 else { continue }
            var seen: Set<String> = [group[0].id.rawValue]
            var stack = [group[0].id.rawValue]
            while let id = stack.popLast() {
                for next in linked[id] ?? [] where seen.insert(next).inserted { stack.append(next) }
            }
            if seen.count < group.count {
                findings.append(
                    .init(
                        .pavilionSplit, party: group[0].id.rawValue,
                        message: SchedulerMessage.pavilionSplit(
                            province: group[0].provinceName, parties: group.count)))
            }
        }
        for party in placed {
            let codes = held[party.id.rawValue] ?? []
            let hasPreference =
                !party.preferredZones.isEmpty
                || party.mainCategory.flatMap { problem.policy.zonesByCategory[$0] } != nil
            let best =
                codes.compactMap(problemBooth).map { problem.zoningValue(of: party, at: $0) }.max() ?? 0
            if hasPreference && best == 0 {
                findings.append(
                    .init(
                        .outsidePreferredZone, party: party.id.rawValue,
                        message: SchedulerMessage.outsidePreferredZone(party: party.name)))
            }
        }
        let primeHolders = placed.filter { party in
            (held[party.id.rawValue] ?? []).contains { code in
                problemBooth(code).map { problem.primeUnits(of: $0) > 0 } ?? false
            }
        }
        let withoutPrime = placed.filter { party in !primeHolders.contains { $0.id == party.id } }
        for holder in primeHolders {
            guard let better = withoutPrime.first(where: { $0.bestStars > holder.bestStars }) else {
                continue
            }
            findings.append(
                .init(
                    .primeBoothOrder, party: holder.id.rawValue,
                    message: SchedulerMessage.primeBoothOrder(
                        holder: holder.name, holderStars: holder.bestStars, other: better.name,
                        otherStars: better.bestStars)))
        }
        for party in problem.parties {
            let published = Set(problem.published.filter { $0.party == party.id }.map(\.booth))
            let now = Set(held[party.id.rawValue] ?? [])
            guard !published.isEmpty, published != now else { continue }
            let message =
                now.isEmpty
                ? SchedulerMessage.droppedFromPublished(party: party.name, booths: published.sorted())
                : SchedulerMessage.movedFromPublished(
                    party: party.name, from: published.sorted(), to: now.sorted())
            findings.append(.init(.movedFromPublished, party: party.id.rawValue, message: message))
        }
        return findings
    }
}
