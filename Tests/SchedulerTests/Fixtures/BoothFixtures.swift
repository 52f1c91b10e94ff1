import Planning
import Scheduler

/// Venues and parties built in code for the booth allocator's tests.
enum BoothFixtures {
    /// A row of a test hall: its booths' zone and services, left to right.
    struct Row {
        var zone: String
        var services: [Set<BoothService>]
        var blocked: Set<Int> = []
    }

    /// A hall of rows of 3 m booths: rows 2i and 2i+1 stand back to back (sharing walls), pairs are
    /// 4 m apart; a main aisle runs along the hall's south side. Booth codes are `R<row>-<n>`.
    static func venue(rows: [Row], zones: [Zone]) -> Venue {
        var booths: [Booth] = []
        var y = 3.0
        for (index, row) in rows.enumerated() {
            let front: Side = index % 2 == 0 ? .north : .south
            for (position, services) in row.services.enumerated() {
                var open: Set<Side> = [front]
                if position == 0 { open.insert(.west) }
                if position == row.services.count - 1 { open.insert(.east) }
                booths.append(
                    Booth(
                        code: "R\(index + 1)-\(position + 1)", hall: "H",
                        rect: Rect(x: 3 + Double(position) * 3, y: y, width: 3, depth: 3),
                        kind: open.count > 1 ? .corner : .standard, front: front, openSides: open,
                        zone: row.zone,
                        tags: zones.first { $0.id == row.zone }?.tags ?? [], services: services,
                        blocked: row.blocked.contains(position)))
            }
            y += index % 2 == 0 ? 3 : 7
        }
        let width = 6 + 3 * Double(rows.map(\.services.count).max() ?? 0)
        let depth = y + 1
        return Venue(
            id: "thu-nghiem", name: "Nhà thử nghiệm",
            halls: [Hall(id: "H", name: "Nhà thử nghiệm", width: width, depth: depth)], booths: booths,
            zones: zones,
            aisles: [
                Aisle(id: "chinh", hall: "H", rect: Rect(x: 0, y: 0, width: width, depth: 3), isMain: true)
            ])
    }

    /// The provincial conference centre's 30-booth cluster area (as `Venues/trung-tam-hoi-nghi-tinh.xml`).
    static func provincialCentre() -> Venue {
        let zones = [
            Zone(
                id: "khu-tinh", name: "Gian hàng tỉnh", hall: "N1",
                tags: ["province-pavilion", "agri-food", "ocop"]),
            Zone(
                id: "khu-thuc-pham", name: "Khu thực phẩm tươi sống", hall: "N1",
                tags: ["food", "agri-food", "services"]),
        ]
        func row(
            _ prefix: String, from: Int, count: Int, x: Double, y: Double, front: Side, first: Bool,
            last: Bool, zone: Zone, services: Set<BoothService> = []
        ) -> [Booth] {
            (0..<count).map { index in
                var ends: Set<Side> = []
                if index == 0 && first { ends.insert(.west) }
                if index == count - 1 && last { ends.insert(.east) }
                let number = from + index
                return Booth(
                    code: "\(prefix)\(number < 10 ? "0" : "")\(number)", hall: "N1",
                    rect: Rect(x: x + Double(index) * 3, y: y, width: 3, depth: 3),
                    kind: ends.isEmpty ? .standard : .corner,
                    front: front, openSides: ends.isEmpty ? nil : ends.union([front]), zone: zone.id,
                    tags: zone.tags,
                    services: services)
            }
        }
        let booths =
            row("A-", from: 1, count: 10, x: 5, y: 3, front: .south, first: true, last: true, zone: zones[0])
            + row(
                "B-", from: 1, count: 10, x: 5, y: 10, front: .north, first: true, last: true, zone: zones[0])
            + row(
                "C-", from: 1, count: 4, x: 5, y: 13, front: .south, first: true, last: false, zone: zones[1],
                services: [.power, .water, .coldStorage])
            + row(
                "C-", from: 5, count: 6, x: 17, y: 13, front: .south, first: false, last: true, zone: zones[1]
            )
        return Venue(
            id: "tt-hoi-nghi-tinh", name: "Trung tâm Hội nghị Tỉnh",
            province: ProvinceReference("Thái Nguyên"),
            halls: [Hall(id: "N1", name: "Nhà triển lãm", width: 40, depth: 25)], booths: booths,
            zones: zones,
            aisles: [
                Aisle(
                    id: "loi-di-chinh", hall: "N1", rect: Rect(x: 0, y: 16, width: 40, depth: 4), isMain: true
                ),
                Aisle(
                    id: "loi-di-cong", hall: "N1", rect: Rect(x: 17, y: 20, width: 6, depth: 5), isMain: true),
                Aisle(id: "loi-di-1", hall: "N1", rect: Rect(x: 0, y: 6, width: 40, depth: 4)),
                Aisle(id: "loi-di-tay", hall: "N1", rect: Rect(x: 0, y: 0, width: 5, depth: 16)),
                Aisle(id: "loi-di-dong", hall: "N1", rect: Rect(x: 35, y: 0, width: 5, depth: 16)),
            ])
    }

    /// A party profile with a generated name.
    static func party(
        _ id: String, booths: Int, province: String = "An Giang", services: Set<BoothService> = [],
        food: Bool = false, fresh: Bool = false, sets: Set<Int> = [], stars: Int = 0, hour: Int = 8,
        priority: Int = 0,
        preferred: [String] = []
    ) -> BoothParty {
        let date = CalendarDate(year: 2026, month: 10, day: 1 + hour / 24).flatMap { day in
            TimeOfDay(hour: hour % 24).map { LocalDateTime(date: day, time: $0) }
        }
        return BoothParty(
            id: Identifier(id), name: "Đơn vị \(id)", province: ProvinceReference(province),
            boothsWanted: booths,
            servicesNeeded: services, showsFood: food || fresh, showsFreshFood: fresh, productSets: sets,
            mainCategory: food || fresh ? .agriFood : .handicraft, bestStars: stars, registeredAt: date,
            priority: priority, preferredZones: preferred)
    }

    /// A zone list with an agri-food pavilion, a handicraft area and a food area.
    static let zones = [
        Zone(id: "tinh", name: "Gian hàng tỉnh", hall: "H", tags: ["province-pavilion", "agri-food"]),
        Zone(id: "thu-cong", name: "Thủ công", hall: "H", tags: ["handicraft"]),
        Zone(id: "thuc-pham", name: "Thực phẩm", hall: "H", tags: ["food", "agri-food"]),
    ]
}
