import Planning

extension BoothInstanceGenerator {
    /// A zone of a generated hall: its rows, tags and the services its booths offer.
    struct ZonePlan {
        let id: String
        let name: String
        let tags: Set<String>
        /// Row lines (0 is the northmost) the zone takes, both halves.
        let rows: Range<Int>
        /// Services of the booth at a position in its half row.
        let services: (Int) -> Set<BoothService>
    }

    /// The zones of each scale, northmost first; the first ones are the regional pavilions.
    static func zonePlans(_ scale: BoothInstanceScale) -> [ZonePlan] {
        let none: (Int) -> Set<BoothService> = { _ in [] }
        let power: (Int) -> Set<BoothService> = { _ in [.power] }
        let food: (Int) -> Set<BoothService> = {
            $0 % 2 == 0 ? [.power, .water, .coldStorage] : [.power, .water]
        }
        switch scale {
        case .small:
            return [
                ZonePlan(
                    id: "gian-tinh", name: "Gian hàng các tỉnh", tags: ["province-pavilion", "agri-food"],
                    rows: 0..<2,
                    services: none),
                ZonePlan(
                    id: "thu-cong", name: "Khu thủ công mỹ nghệ", tags: ["handicraft"], rows: 2..<3,
                    services: none),
                ZonePlan(
                    id: "thuc-pham", name: "Khu thực phẩm tươi sống", tags: ["food", "agri-food"],
                    rows: 3..<4,
                    services: food),
            ]
        case .regional:
            return [
                ZonePlan(
                    id: "gian-tinh-1", name: "Gian hàng các tỉnh phía Bắc",
                    tags: ["province-pavilion", "agri-food"],
                    rows: 0..<3, services: none),
                ZonePlan(
                    id: "gian-tinh-2", name: "Gian hàng các tỉnh phía Nam",
                    tags: ["province-pavilion", "agri-food"],
                    rows: 3..<6, services: none),
                ZonePlan(
                    id: "ocop", name: "Khu sản phẩm OCOP 4–5 sao", tags: ["ocop", "agri-food"], rows: 6..<7,
                    services: power),
                ZonePlan(
                    id: "thu-cong", name: "Khu thủ công mỹ nghệ", tags: ["handicraft"], rows: 7..<8,
                    services: none),
                ZonePlan(
                    id: "thuc-pham", name: "Khu thực phẩm tươi sống", tags: ["food", "agri-food"],
                    rows: 8..<10,
                    services: food),
            ]
        case .national:
            return [
                ZonePlan(
                    id: "gian-tinh-bac", name: "Gian hàng các tỉnh miền Bắc",
                    tags: ["province-pavilion", "agri-food"], rows: 0..<5, services: none),
                ZonePlan(
                    id: "gian-tinh-trung", name: "Gian hàng các tỉnh miền Trung",
                    tags: ["province-pavilion", "agri-food"], rows: 5..<10, services: none),
                ZonePlan(
                    id: "gian-tinh-nam", name: "Gian hàng các tỉnh miền Nam",
                    tags: ["province-pavilion", "agri-food"], rows: 10..<15, services: none),
                ZonePlan(
                    id: "ocop", name: "Khu sản phẩm OCOP 4–5 sao", tags: ["ocop", "agri-food"], rows: 15..<20,
                    services: power),
                ZonePlan(
                    id: "thu-cong", name: "Khu thủ công mỹ nghệ", tags: ["handicraft"], rows: 20..<25,
                    services: none),
                ZonePlan(
                    id: "thuc-pham", name: "Khu ẩm thực và thực phẩm tươi sống", tags: ["food", "agri-food"],
                    rows: 25..<30, services: food),
            ]
        }
    }

    /// A hall of back-to-back row pairs split by a long main aisle, with a cross main aisle half
    /// way down, secondary aisles between pairs and perimeter aisles; every half row ends in
    /// corner booths. Booth codes are a row letter (or two) and a number: `A-01`, `AB-12`.
    static func venue(_ scale: BoothInstanceScale) -> Venue {
        let size = 3.0
        let perHalf = scale.boothsPerHalfRow
        let halfWidth = Double(perHalf) * size
        let mainWidth = 6.0
        let width = 3 + halfWidth + mainWidth + halfWidth + 3
        let zones = zonePlans(scale)
        var booths: [Booth] = []
        var aisles: [Aisle] = []
        var y = 3.0
        let crossAfter = scale.doubleRows / 2 - 1
        for pair in 0..<scale.doubleRows {
            for line in [2 * pair, 2 * pair + 1] {
                let front: Side = line % 2 == 0 ? .north : .south
                let rowY = line % 2 == 0 ? y : y + size
                let zone = zones.first { $0.rows.contains(line) }
                let letter = rowName(line)
                for half in 0..<2 {
                    let left = half == 0 ? 3 : 3 + halfWidth + mainWidth
                    for position in 0..<perHalf {
                        let number = half * perHalf + position + 1
                        let code = "\(letter)-\(number < 10 ? "0" : "")\(number)"
                        var open: Set<Side> = [front]
                        if position == 0 { open.insert(.west) }
                        if position == perHalf - 1 { open.insert(.east) }
                        booths.append(
                            Booth(
                                code: code, hall: "H1",
                                rect: Rect(
                                    x: left + Double(position) * size, y: rowY, width: size, depth: size),
                                kind: open.count > 1 ? .corner : .standard, front: front, openSides: open,
                                zone: zone?.id, tags: zone?.tags ?? [],
                                services: zone?.services(position) ?? [],
                                blocked: scale != .small && line == 1 && half == 1 && position == 0))
                    }
                }
            }
            y += 2 * size
            if pair < scale.doubleRows - 1 {
                let gap = pair == crossAfter ? mainWidth : 4
                aisles.append(
                    Aisle(
                        id: pair == crossAfter ? "chinh-ngang" : "phu-\(pair + 1)", hall: "H1",
                        rect: Rect(x: 0, y: y, width: width, depth: gap), isMain: pair == crossAfter))
                y += gap
            }
        }
        let depth = y + 3
        aisles += [
            Aisle(
                id: "chinh-doc", hall: "H1",
                rect: Rect(x: 3 + halfWidth, y: 0, width: mainWidth, depth: depth), isMain: true),
            Aisle(id: "vien-bac", hall: "H1", rect: Rect(x: 0, y: 0, width: width, depth: 3)),
            Aisle(id: "vien-nam", hall: "H1", rect: Rect(x: 0, y: depth - 3, width: width, depth: 3)),
            Aisle(id: "vien-tay", hall: "H1", rect: Rect(x: 0, y: 0, width: 3, depth: depth)),
            Aisle(id: "vien-dong", hall: "H1", rect: Rect(x: width - 3, y: 0, width: 3, depth: depth)),
        ]
        return Venue(
            id: Identifier("hoi-cho-tong-hop-\(scale.rawValue)"),
            name: "Trung tâm Hội chợ mẫu (\(scale.rawValue))",
            province: ProvinceReference("Hà Nội"),
            halls: [Hall(id: "H1", name: "Nhà triển lãm chính", width: width, depth: depth)],
            booths: booths,
            zones: zones.map { Zone(id: $0.id, name: $0.name, hall: "H1", tags: $0.tags) },
            aisles: aisles,
            entrances: [
                Entrance(
                    id: "cong-chinh", name: "Cổng chính", hall: "H1",
                    rect: Rect(x: 3 + halfWidth, y: depth - 0.5, width: mainWidth, depth: 0.5), isMain: true)
            ])
    }

    /// The letters of a row line: A–Z, then AA, AB, ...
    static func rowName(_ line: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return line < 26 ? String(letters[line]) : String(letters[line / 26 - 1]) + String(letters[line % 26])
    }
}
