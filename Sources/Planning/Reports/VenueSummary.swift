/// What `fairplan venue check` prints about a venue: halls, booths by kind and zone, services,
/// rooms and seats.
public struct VenueSummary: Hashable, Sendable {
    /// The venue summarised.
    public let venue: Venue
    /// Booths counted by kind.
    public let boothsByKind: [BoothKind: Int]
    /// Booths counted by zone name ("Không thuộc khu" for booths without a zone).
    public let boothsByZone: [String: Int]
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
        boothsByZone = Dictionary(grouping: venue.booths) { booth in
            booth.zone.flatMap { venue.zone(id: $0)?.name ?? $0 } ?? "Không thuộc khu"
        }.mapValues(\.count)
        var services: [BoothService: Int] = [:]
        for booth in venue.booths {
            for service in booth.services { services[service, default: 0] += 1 }
        }
        boothsByService = services
        mainAisleBooths = venue.booths.filter { venue.frontsMainAisle($0) }.count
        seats = venue.rooms.reduce(0) { $0 + max(0, $1.capacity) }
    }

    /// The summary as Vietnamese text.
    public func rendered() -> String {
        var lines = ["\(venue.name)" + (venue.province.map { " · \($0.officialName)" } ?? "")]
        if let address = venue.address { lines.append(address) }
        let halls = venue.halls.map {
            "\($0.name) (\($0.width.formattedMetres)×\($0.depth.formattedMetres) m)"
        }
        lines.append("Nhà triển lãm: \(halls.isEmpty ? "không có" : halls.joined(separator: ", "))")
        lines.append(
            "Gian hàng: \(venue.booths.count), cho thuê \(venue.lettableBooths.count), "
                + "không sử dụng \(venue.booths.count - venue.lettableBooths.count), "
                + "mặt tiền lối đi chính \(mainAisleBooths)")
        var kinds = TextTable(headers: ["Loại gian", "Số gian"], alignments: [.left, .right])
        for kind in BoothKind.allCases where boothsByKind[kind] != nil {
            kinds.append([kind.vietnameseName, String(boothsByKind[kind] ?? 0)])
        }
        lines.append(kinds.rendered())
        var zones = TextTable(headers: ["Khu", "Số gian"], alignments: [.left, .right])
        for zone in boothsByZone.keys.sortedVietnamese() {
            zones.append([zone, String(boothsByZone[zone] ?? 0)])
        }
        lines.append(zones.rendered())
        let services = BoothService.allCases.map { "\($0.vietnameseName) \(boothsByService[$0] ?? 0)" }
        lines.append("Dịch vụ tại gian: \(services.joined(separator: ", "))")
        if venue.rooms.isEmpty {
            lines.append("Phòng họp: không có")
        } else {
            var rooms = TextTable(
                headers: ["Phòng", "Chỗ ngồi", "Bố trí", "Truyền hình trực tuyến"],
                alignments: [.left, .right])
            for room in venue.rooms {
                rooms.append([
                    room.name, String(room.capacity), room.layout.vietnameseName,
                    room.hasVideoLink ? "có" : "không",
                ])
            }
            lines.append("Phòng họp: \(venue.rooms.count), tổng \(seats) chỗ ngồi")
            lines.append(rooms.rendered())
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
