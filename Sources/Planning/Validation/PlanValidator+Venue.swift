extension PlanValidator {
    /// Venue rules: booth codes unique, booths inside known halls, no overlaps, sizes positive,
    /// rooms with capacity, identifiers unique.
    public func validateVenue(_ venue: Venue) -> [Finding] {
        var findings: [Finding] = []
        let halls = Dictionary(venue.halls.map { ($0.id, $0) }) { first, _ in first }
        for (id, group) in Dictionary(grouping: venue.halls, by: \.id) where group.count > 1 {
            findings.append(
                Finding(
                    .error, .duplicateRoomOrHall, subject: Subject(.hall, id: id, label: group[0].name),
                    message: .duplicateHall(id: id, count: group.count)))
        }
        for (id, group) in Dictionary(grouping: venue.rooms, by: \.id) where group.count > 1 {
            findings.append(
                Finding(
                    .error, .duplicateRoomOrHall, subject: .room(group[0]),
                    message: .duplicateRoom(id: id, count: group.count)))
        }
        for (code, group) in Dictionary(grouping: venue.booths, by: \.code) where group.count > 1 {
            findings.append(
                Finding(
                    .error, .duplicateBoothCode, subject: .booth(group[0]),
                    message: .duplicateBoothCode(code: code, count: group.count)))
        }
        for booth in venue.booths {
            if booth.rect.width <= 0 || booth.rect.depth <= 0 {
                findings.append(
                    Finding(
                        .error, .degenerateBooth, subject: .booth(booth),
                        message: .degenerateBooth(rect: booth.rect)))
            }
            guard let hall = halls[booth.hall] else {
                findings.append(
                    Finding(
                        .error, .boothInUnknownHall, subject: .booth(booth),
                        message: .boothInUnknownHall(hall: booth.hall)))
                continue
            }
            if !hall.floor.contains(booth.rect) {
                findings.append(
                    Finding(
                        .error, .boothOutsideHall, subject: .booth(booth),
                        message: .boothOutsideHall(
                            rect: booth.rect, hallName: hall.name, hallWidth: hall.width,
                            hallDepth: hall.depth)))
            }
        }
        for hallBooths in Dictionary(grouping: venue.booths, by: \.hall).values {
            let sorted = hallBooths.sorted { ($0.rect.x, $0.code) < ($1.rect.x, $1.code) }
            for (index, a) in sorted.enumerated() {
                for b in sorted[(index + 1)...] {
                    if b.rect.x >= a.rect.maxX - Rect.tolerance { break }
                    if a.rect.overlaps(b.rect) {
                        findings.append(
                            Finding(
                                .error, .overlappingBooths, subject: .booth(a), related: [.booth(b)],
                                message: .overlappingBooths(booth: a.code, other: b.code)))
                    }
                }
            }
        }
        findings += zoneAndAisleFindings(venue, halls: halls)
        for room in venue.rooms where room.capacity <= 0 {
            findings.append(
                Finding(
                    .error, .roomWithoutCapacity, subject: .room(room),
                    message: .roomWithoutCapacity))
        }
        return findings
    }

    /// Zones referred to and used, booths clear of aisles, features inside their halls.
    func zoneAndAisleFindings(_ venue: Venue, halls: [String: Hall]) -> [Finding] {
        var findings: [Finding] = []
        let zoneIDs = Set(venue.zones.map(\.id))
        let usedZones = Set(venue.booths.compactMap(\.zone))
        for booth in venue.booths {
            if let zone = booth.zone, !zoneIDs.contains(zone) {
                findings.append(
                    Finding(
                        .error, .unknownZone, subject: .booth(booth),
                        message: .unknownZone(zone: zone)))
            }
            for aisle in venue.aisles where aisle.hall == booth.hall && aisle.rect.overlaps(booth.rect) {
                findings.append(
                    Finding(
                        .error, .boothInAisle, subject: .booth(booth),
                        message: .boothInAisle(booth: booth.code, aisle: aisle.id)))
            }
        }
        for zone in venue.zones where !usedZones.contains(zone.id) && !zone.tags.contains("stage") {
            findings.append(
                Finding(
                    .warning, .zoneWithoutBooths, subject: Subject(.hall, id: zone.id, label: zone.name),
                    message: .zoneWithoutBooths(zone: zone.name))
            )
        }
        let features: [(id: String, hall: String, rect: Rect?, kind: VenueFeatureKind)] =
            venue.zones.map { ($0.id, $0.hall, $0.area, .zone) }
            + venue.aisles.map { ($0.id, $0.hall, $0.rect, .aisle) }
            + venue.entrances.map { ($0.id, $0.hall, $0.rect, .entrance) }
        for feature in features {
            let inside =
                halls[feature.hall].map { hall in feature.rect.map { hall.floor.contains($0) } ?? true }
                ?? false
            if !inside {
                findings.append(
                    Finding(
                        .error, .featureOutsideHall,
                        subject: Subject(.hall, id: feature.id, label: feature.id),
                        message: .featureOutsideHall(
                            feature: feature.kind, id: feature.id, hall: feature.hall))
                )
            }
        }
        return findings
    }

    /// Booth-plan rules: known booths, one party per booth, no blocked booth let, services
    /// present, counts as requested, each party's booths one connected block (on the plan without
    /// its withdrawn registrations, as ``validate(_:)`` passes it).
    func validateBoothPlan(_ plan: Plan, venue: Venue) -> [Finding] {
        var findings: [Finding] = []
        let booths = Dictionary(venue.booths.map { ($0.code, $0) }) { first, _ in first }
        for (code, group) in Dictionary(grouping: plan.boothAssignments, by: \.booth) {
            guard let booth = booths[code] else {
                findings.append(
                    Finding(
                        .error, .assignmentToUnknownBooth, subject: Subject(.booth, id: code, label: code),
                        message: .assignmentToUnknownBooth(booth: code)))
                continue
            }
            let partyIDs = Set(group.map(\.party))
            if partyIDs.count > 1 {
                let names = partyIDs.sorted().map { plan.party($0)?.name ?? $0.rawValue }
                findings.append(
                    Finding(
                        .error, .boothAssignedTwice, subject: .booth(booth),
                        message: .boothAssignedTwice(parties: names)))
            }
            if booth.blocked {
                findings.append(
                    Finding(
                        .error, .blockedBoothAssigned, subject: .booth(booth),
                        message: .blockedBoothAssigned)
                )
            }
        }
        // The rules below are about parties' booths: with none assigned, nothing to work out.
        guard !plan.boothAssignments.isEmpty else { return findings }
        let adjacency = venue.adjacency().filter { $0.kind == .sharedWall }
        var neighbours: [String: Set<String>] = [:]
        for pair in adjacency {
            neighbours[pair.first, default: []].insert(pair.second)
            neighbours[pair.second, default: []].insert(pair.first)
        }
        let byParty = Dictionary(grouping: plan.boothAssignments, by: \.party)
        let lookup = plan.lookup
        for request in plan.boothRequests {
            guard let party = lookup.party(request.party) else { continue }
            let codes = Set(byParty[party.id, default: []].map(\.booth)).filter { booths[$0] != nil }
            guard !codes.isEmpty else { continue }
            let units = codes.reduce(0) { $0 + (booths[$1]?.standardUnits ?? 0) }
            if units != request.boothsWanted {
                findings.append(
                    Finding(
                        .warning, .boothCountMismatch, subject: .party(party),
                        message: .boothCountMismatch(wanted: request.boothsWanted, assigned: units)))
            }
            // A block offers what any of its booths offers (one water point serves the stand), as
            // the booth allocator and `check booths` count it: one finding per party.
            let held = codes.sorted().compactMap { booths[$0] }
            let offered = held.reduce(into: Set<BoothService>()) { $0.formUnion($1.services) }
            let missing = request.servicesNeeded.subtracting(offered).sorted()
            if !missing.isEmpty {
                findings.append(
                    Finding(
                        .error, .missingBoothService, subject: .party(party),
                        related: held.map { .booth($0) },
                        message: .missingBoothService(services: missing, party: party.name)))
            }
            if !Self.isConnected(codes, neighbours: neighbours) {
                findings.append(
                    Finding(
                        .warning, .boothsNotContiguous, subject: .party(party),
                        message: .boothsNotContiguous(booths: codes.sorted())))
            }
        }
        return findings
    }

    /// Whether a set of booths forms one block through shared walls.
    static func isConnected(_ codes: Set<String>, neighbours: [String: Set<String>]) -> Bool {
        guard let start = codes.min() else { return true }
        var seen: Set<String> = [start]
        var stack = [start]
        while let code = stack.popLast() {
            for next in neighbours[code, default: []] where codes.contains(next) && !seen.contains(next) {
                seen.insert(next)
                stack.append(next)
            }
        }
        return seen.count == codes.count
    }
}
