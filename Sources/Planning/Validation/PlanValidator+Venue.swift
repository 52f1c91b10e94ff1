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
                    vi: "Mã nhà triển lãm «\(id)» dùng \(group.count) lần.",
                    en: "Hall id '\(id)' is used \(group.count) times."))
        }
        for (id, group) in Dictionary(grouping: venue.rooms, by: \.id) where group.count > 1 {
            findings.append(
                Finding(
                    .error, .duplicateRoomOrHall, subject: .room(group[0]),
                    vi: "Mã phòng «\(id)» dùng \(group.count) lần.",
                    en: "Room id '\(id)' is used \(group.count) times."))
        }
        for (code, group) in Dictionary(grouping: venue.booths, by: \.code) where group.count > 1 {
            findings.append(
                Finding(
                    .error, .duplicateBoothCode, subject: .booth(group[0]),
                    vi: "Mã gian hàng «\(code)» xuất hiện \(group.count) lần.",
                    en: "Booth code '\(code)' appears \(group.count) times."))
        }
        for booth in venue.booths {
            if booth.rect.width <= 0 || booth.rect.depth <= 0 {
                findings.append(
                    Finding(
                        .error, .degenerateBooth, subject: .booth(booth),
                        vi: "Gian hàng có kích thước không hợp lệ: \(booth.rect).",
                        en: "Booth has a non-positive size: \(booth.rect)."))
            }
            guard let hall = halls[booth.hall] else {
                findings.append(
                    Finding(
                        .error, .boothInUnknownHall, subject: .booth(booth),
                        vi: "Gian hàng thuộc nhà «\(booth.hall)» không có trong địa điểm.",
                        en: "Booth is in hall '\(booth.hall)', which the venue does not have."))
                continue
            }
            if !hall.floor.contains(booth.rect) {
                findings.append(
                    Finding(
                        .error, .boothOutsideHall, subject: .booth(booth),
                        vi:
                            "Gian hàng (\(booth.rect)) nằm ngoài \(hall.name) (\(hall.width.formattedMetres)×\(hall.depth.formattedMetres) m).",
                        en: "Booth (\(booth.rect)) lies outside hall \(hall.id)."))
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
                                vi: "Gian hàng \(a.code) chồng lấn gian hàng \(b.code).",
                                en: "Booth \(a.code) overlaps booth \(b.code)."))
                    }
                }
            }
        }
        findings += zoneAndAisleFindings(venue, halls: halls)
        for room in venue.rooms where room.capacity <= 0 {
            findings.append(
                Finding(
                    .error, .roomWithoutCapacity, subject: .room(room),
                    vi: "Phòng chưa có sức chứa (số chỗ ngồi).", en: "The room has no capacity."))
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
                        vi: "Gian hàng thuộc khu «\(zone)» không có trong địa điểm.",
                        en: "Booth names zone '\(zone)', which the venue does not have."))
            }
            for aisle in venue.aisles where aisle.hall == booth.hall && aisle.rect.overlaps(booth.rect) {
                findings.append(
                    Finding(
                        .error, .boothInAisle, subject: .booth(booth),
                        vi: "Gian hàng \(booth.code) lấn vào lối đi «\(aisle.id)».",
                        en: "Booth \(booth.code) stands in aisle '\(aisle.id)'."))
            }
        }
        for zone in venue.zones where !usedZones.contains(zone.id) && !zone.tags.contains("stage") {
            findings.append(
                Finding(
                    .warning, .zoneWithoutBooths, subject: Subject(.hall, id: zone.id, label: zone.name),
                    vi: "Khu «\(zone.name)» không có gian hàng nào.", en: "Zone '\(zone.name)' has no booth.")
            )
        }
        let features: [(id: String, hall: String, rect: Rect?, kind: String)] =
            venue.zones.map { ($0.id, $0.hall, $0.area, "Khu") }
            + venue.aisles.map { ($0.id, $0.hall, $0.rect, "Lối đi") }
            + venue.entrances.map { ($0.id, $0.hall, $0.rect, "Lối vào") }
        for feature in features {
            let inside =
                halls[feature.hall].map { hall in feature.rect.map { hall.floor.contains($0) } ?? true }
                ?? false
            if !inside {
                findings.append(
                    Finding(
                        .error, .featureOutsideHall,
                        subject: Subject(.hall, id: feature.id, label: feature.id),
                        vi:
                            "\(feature.kind) «\(feature.id)» nằm ngoài nhà «\(feature.hall)» hoặc nhà không tồn tại.",
                        en: "'\(feature.id)' lies outside hall '\(feature.hall)' or the hall does not exist.")
                )
            }
        }
        return findings
    }

    /// Booth-plan rules: known booths, one party per booth, no blocked booth let, services
    /// present, counts as requested, each party's booths one connected block.
    func validateBoothPlan(_ plan: Plan, venue: Venue) -> [Finding] {
        var findings: [Finding] = []
        let booths = Dictionary(venue.booths.map { ($0.code, $0) }) { first, _ in first }
        for (code, group) in Dictionary(grouping: plan.boothAssignments, by: \.booth) {
            guard let booth = booths[code] else {
                findings.append(
                    Finding(
                        .error, .assignmentToUnknownBooth, subject: Subject(.booth, id: code, label: code),
                        vi: "Gian hàng «\(code)» không có trong sơ đồ địa điểm.",
                        en: "Booth '\(code)' is not on the venue's plan."))
                continue
            }
            let partyIDs = Set(group.map(\.party))
            if partyIDs.count > 1 {
                let names = partyIDs.sorted().map { plan.party($0)?.name ?? $0.rawValue }
                findings.append(
                    Finding(
                        .error, .boothAssignedTwice, subject: .booth(booth),
                        vi: "Gian hàng được phân cho nhiều đơn vị: \(names.joined(separator: "; ")).",
                        en: "Booth is assigned to several parties: \(names.joined(separator: "; "))."))
            }
            if booth.blocked {
                findings.append(
                    Finding(
                        .error, .blockedBoothAssigned, subject: .booth(booth),
                        vi: "Gian hàng không sử dụng nhưng đã được phân.", en: "A blocked booth is assigned.")
                )
            }
        }
        let adjacency = venue.adjacency().filter { $0.kind == .sharedWall }
        var neighbours: [String: Set<String>] = [:]
        for pair in adjacency {
            neighbours[pair.first, default: []].insert(pair.second)
            neighbours[pair.second, default: []].insert(pair.first)
        }
        let byParty = Dictionary(grouping: plan.boothAssignments, by: \.party)
        for request in plan.boothRequests {
            guard let party = plan.party(request.party) else { continue }
            let codes = Set(byParty[party.id, default: []].map(\.booth)).filter { booths[$0] != nil }
            guard !codes.isEmpty else { continue }
            let units = codes.reduce(0) { $0 + (booths[$1]?.standardUnits ?? 0) }
            if units != request.boothsWanted {
                findings.append(
                    Finding(
                        .warning, .boothCountMismatch, subject: .party(party),
                        vi: "Đăng ký \(request.boothsWanted) gian, được phân \(units) gian.",
                        en: "Requested \(request.boothsWanted) booths, assigned \(units)."))
            }
            for code in codes.sorted() {
                guard let booth = booths[code] else { continue }
                let missing = request.servicesNeeded.subtracting(booth.services).sorted()
                if !missing.isEmpty {
                    findings.append(
                        Finding(
                            .error, .missingBoothService, subject: .booth(booth), related: [.party(party)],
                            vi:
                                "Gian hàng thiếu dịch vụ \(missing.map(\.vietnameseName).joined(separator: ", ")) mà «\(party.name)» cần.",
                            en:
                                "Booth lacks \(missing.map(\.rawValue).joined(separator: ", ")) needed by the party."
                        ))
                }
            }
            if !Self.isConnected(codes, neighbours: neighbours) {
                findings.append(
                    Finding(
                        .warning, .boothsNotContiguous, subject: .party(party),
                        vi: "Các gian hàng \(codes.sorted().joined(separator: ", ")) không liền nhau.",
                        en: "Booths \(codes.sorted().joined(separator: ", ")) do not form one block."))
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
