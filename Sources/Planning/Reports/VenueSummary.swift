/// What `fairplan venue check` prints about a venue: halls, booths by kind and zone, services,
/// rooms and seats.
public struct VenueSummary: Hashable, Sendable {
    /// The venue summarised.
    public let venue: Venue
    /// Booths counted by kind.
    public let boothsByKind: [BoothKind: Int]
    /// Booths counted by zone name, for booths in a zone.
    public let boothsByZone: [String: Int]
    /// Booths in no zone.
    public let boothsWithoutZone: Int
    /// Booths offering each service.
    public let boothsByService: [BoothService: Int]
    /// Booths fronting a main aisle.
    public let mainAisleBooths: Int
    /// Seats in all rooms.
    public let seats: Int

    /// Summarises a venue.
    public init(venue: Venue) {
        self.venue = venue
        boothsByKind = Dictionary(grouping: venue.booths, by: \.kind).mapValues(\.count)
        let zoned = venue.booths.compactMap { booth in booth.zone.map { venue.zone(id: $0)?.name ?? $0 } }
        boothsByZone = Dictionary(grouping: zoned) { $0 }.mapValues(\.count)
        boothsWithoutZone = venue.booths.count - zoned.count
        var services: [BoothService: Int] = [:]
        for booth in venue.booths {
            for service in booth.services { services[service, default: 0] += 1 }
        }
        boothsByService = services
        mainAisleBooths = venue.booths.filter { venue.frontsMainAisle($0) }.count
        seats = venue.rooms.reduce(0) { $0 + max(0, $1.capacity) }
    }

    /// The summary as text, in `language`.
    public func rendered(in language: Language) -> String {
        var lines = ["\(venue.name)" + (venue.province.map { " · \($0.officialName)" } ?? "")]
        if let address = venue.address { lines.append(address) }
        lines.append(PlanningMessage.venueHalls(venue.halls).text(language))
        lines.append(
            PlanningMessage.venueBooths(
                total: venue.booths.count, lettable: venue.lettableBooths.count,
                blocked: venue.booths.count - venue.lettableBooths.count, mainAisle: mainAisleBooths
            ).text(language))
        let boothCount = PlanningMessage.columnBoothCount.text(language)
        var kinds = TextTable(
            headers: [PlanningMessage.columnBoothKind.text(language), boothCount],
            alignments: [.left, .right])
        for kind in BoothKind.allCases where boothsByKind[kind] != nil {
            kinds.append([kind.name(language), String(boothsByKind[kind] ?? 0)])
        }
        lines.append(kinds.rendered())
        var zones = TextTable(
            headers: [PlanningMessage.columnZone.text(language), boothCount], alignments: [.left, .right])
        var byZone = boothsByZone
        if boothsWithoutZone > 0 {
            byZone[PlanningMessage.noZone.text(language), default: 0] += boothsWithoutZone
        }
        for zone in byZone.keys.sortedVietnamese() {
            zones.append([zone, String(byZone[zone] ?? 0)])
        }
        lines.append(zones.rendered())
        lines.append(PlanningMessage.venueServices(boothsByService).text(language))
        if venue.rooms.isEmpty {
            lines.append(PlanningMessage.venueNoRooms.text(language))
        } else {
            let headers: [PlanningMessage] = [.columnRoom, .columnSeats, .columnLayout, .columnVideoLink]
            var rooms = TextTable(headers: headers.map { $0.text(language) }, alignments: [.left, .right])
            for room in venue.rooms {
                rooms.append([
                    room.name, String(room.capacity), room.layout.name(language),
                    (room.hasVideoLink ? PlanningMessage.yes : .no).text(language),
                ])
            }
            lines.append(PlanningMessage.venueRooms(count: venue.rooms.count, seats: seats).text(language))
            lines.append(rooms.rendered())
        }
        return lines.joined(separator: "\n") + "\n"
    }

}
