import Planning

/// Makes synthetic booth-allocation instances for the benchmark and the tests: pure and seeded.
///
/// An instance is a fictitious fair: a hall built in code (rows of 3 m × 3 m booths back to back,
/// a long and a cross main aisle, corner booths at every row end, zones for the provinces'
/// pavilions, OCOP, handicraft and fresh food with water and cold storage), provincial alliances
/// and cooperatives or enterprises of the 34 provinces with Vietnamese names, their OCOP products
/// with stars, and their booth requests. Each province's parties belong to the emulation cluster
/// of its region (north, central, south) and its alliance asks for the pavilion serving that
/// region, as at a real fair. At the national scale demand exceeds supply, so the allocator fills
/// a waiting list.
public enum BoothInstanceGenerator {
    /// Makes the instance of a scale for a seed; the same arguments always give the same instance.
    public static func make(scale: BoothInstanceScale, seed: UInt64) -> BoothInstance {
        var generator = SeededGenerator(seed: seed)
        let venue = venue(scale)
        guard let first = CalendarDate(year: 2026, month: 12, day: 16), let opens = TimeOfDay(hour: 8),
            let closes = TimeOfDay(hour: 21)
        else { preconditionFailure("calendar constants are valid") }
        let event = Event(
            id: Identifier("hoi-cho-mau-\(scale.rawValue)-\(seed)"),
            name: "Hội chợ sản phẩm HTX mẫu (\(scale.rawValue), hạt giống \(seed))", kind: .fair,
            organiser: "Liên minh Hợp tác xã Việt Nam", province: ProvinceReference("Hà Nội"),
            days: (0..<4).map { EventDay(date: first.adding(days: $0), opens: opens, closes: closes) })
        var plan = Plan(event: event, venue: venue)
        let provinces = Array(ProvinceDirectory.all.prefix(scale.provinceCount))
        let pavilions = zonePlans(scale).filter { $0.tags.contains("province-pavilion") }
        var preferred: [String: [String]] = [:]
        for (index, province) in provinces.enumerated() {
            preferred[province.name] = [
                preferredPavilion(of: province, index: index, among: provinces, pavilions)
            ]
        }
        for index in 0..<scale.partyCount {
            let province = provinces[
                index < provinces.count ? index : Int.random(in: 0..<provinces.count, using: &generator)]
            addParty(
                index: index, alliance: index < provinces.count, province: province,
                cluster: cluster(of: province), day: first, plan: &plan, generator: &generator)
        }
        return BoothInstance(
            scale: scale, seed: seed, plan: plan,
            policy: BoothAllocationPolicy(preferredZonesByProvince: preferred))
    }

    /// The emulation cluster of a province: the one of its region (``PavilionRegion``), north,
    /// central or south, as alliances group their provinces by geography.
    static func cluster(of province: Province) -> String {
        switch PavilionRegion.of(ProvinceReference(province)) {
        case .northernMountains, .redRiverDelta, nil: "Cụm thi đua miền Bắc"
        case .central: "Cụm thi đua miền Trung"
        case .southern: "Cụm thi đua miền Nam"
        }
    }

    /// The pavilion a province's alliance asks for: the first one serving its region, or, when
    /// none does, the one at the province's place in the list (north to south).
    static func preferredPavilion(
        of province: Province, index: Int, among provinces: [Province], _ pavilions: [ZonePlan]
    ) -> String {
        let region = PavilionRegion.of(ProvinceReference(province))
        if let region,
            let serving = pavilions.first(where: {
                PavilionRegion.served(byZoneNamed: $0.name, tags: $0.tags).contains(region)
            })
        {
            return serving.id
        }
        let position = index * pavilions.count / max(1, provinces.count)
        return pavilions[min(position, pavilions.count - 1)].id
    }

    /// A product line: a base name, its 148/QĐ-TTg product set, and whether it is fresh food.
    struct Line {
        let name: String
        let productSet: Int
        let fresh: Bool
    }

    static let foodLines = [
        Line(name: "Bưởi da xanh", productSet: 1, fresh: true),
        Line(name: "Xoài cát", productSet: 1, fresh: true),
        Line(name: "Tôm càng xanh", productSet: 2, fresh: true),
        Line(name: "Gạo thơm", productSet: 3, fresh: false),
        Line(name: "Mật ong", productSet: 4, fresh: false),
        Line(name: "Bánh tráng", productSet: 6, fresh: false),
        Line(name: "Chuối sấy", productSet: 7, fresh: false),
        Line(name: "Khô cá", productSet: 8, fresh: false),
        Line(name: "Nước mắm", productSet: 9, fresh: false),
        Line(name: "Tiêu đen", productSet: 10, fresh: false),
        Line(name: "Chè búp", productSet: 11, fresh: false),
        Line(name: "Cà phê rang xay", productSet: 13, fresh: false),
        Line(name: "Rượu ngô", productSet: 14, fresh: false),
        Line(name: "Nước ép trái cây", productSet: 17, fresh: false),
    ]
    static let craftLines = [
        Line(name: "Giỏ lục bình", productSet: 21, fresh: false),
        Line(name: "Gốm mỹ nghệ", productSet: 21, fresh: false),
        Line(name: "Thổ cẩm", productSet: 22, fresh: false),
        Line(name: "Lan hồ điệp", productSet: 23, fresh: false),
        Line(name: "Tinh dầu sả", productSet: 20, fresh: false),
    ]
    static let places = [
        "Tân Hòa", "Phú Lợi", "Mỹ Thạnh", "Long Phước", "Thới An", "Vĩnh Xuân", "An Phú", "Tân Lập",
        "Phước Hưng",
        "Bình Thạnh", "Mỹ Hiệp", "Hưng Thịnh", "Đông Thạnh", "Thạnh Lộc", "Hiệp Hòa", "Tam Bình", "Lợi An",
        "Xuân Sơn",
    ]

    /// Adds one party (an alliance or an organisation), its organisations, products and request.
    static func addParty(
        index: Int, alliance: Bool, province: Province, cluster: String, day: CalendarDate, plan: inout Plan,
        generator: inout SeededGenerator
    ) {
        let craft = !alliance && Int.random(in: 0..<5, using: &generator) == 0
        let memberCount = alliance ? Int.random(in: 3...8, using: &generator) : 1
        var members: [Identifier<Organisation>] = []
        var products: [Identifier<Product>] = []
        var fresh = false
        let freshAllowed = Int.random(in: 0..<4, using: &generator) == 0
        for member in 0..<memberCount {
            let serial = plan.organisations.count + 1
            let place = places[Int.random(in: 0..<places.count, using: &generator)]
            let enterprise = !alliance && Int.random(in: 0..<6, using: &generator) == 0
            let kind: OrganisationKind = enterprise ? .enterprise : .cooperative
            let activity =
                craft
                ? "Thủ công mỹ nghệ"
                : ["Nông nghiệp", "Dịch vụ nông nghiệp", "Chế biến nông sản"][serial % 3]
            let name =
                enterprise
                ? "Công ty TNHH Nông sản \(place) \(serial)" : "Hợp tác xã \(activity) \(place) \(serial)"
            let code = province.code.code
            let organisation = Organisation(
                id: Identifier("to-chuc-\(serial)"), name: name, kind: kind,
                sector: craft ? .nonAgricultural : .agricultural,
                registrationCode: "99\(code)\(String(1_000_000 + serial).dropFirst())",
                province: ProvinceReference(province))
            plan.organisations.append(organisation)
            members.append(organisation.id)
            let lines =
                craft || (alliance && member == memberCount - 1)
                ? craftLines : foodLines.filter { !$0.fresh || freshAllowed }
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                let line = lines[Int.random(in: 0..<lines.count, using: &generator)]
                let starsDraw = Int.random(in: 0..<20, using: &generator)
                let stars = starsDraw < 6 ? 0 : starsDraw < 14 ? 3 : starsDraw < 19 ? 4 : 5
                let decided = day.adding(days: -Int.random(in: 60...900, using: &generator))
                let recognition =
                    stars == 0
                    ? nil
                    : OCOPRecognition(
                        stars: stars, decisionNumber: "\(100 + plan.products.count)/QĐ-UBND",
                        decisionDate: decided,
                        criteriaBasis: .decision148of2023)
                let product = Product(
                    id: Identifier("san-pham-\(plan.products.count + 1)"), name: "\(line.name) \(place)",
                    owner: organisation.id, classification: .productSet(line.productSet),
                    recognition: recognition,
                    needsColdChain: line.fresh)
                plan.products.append(product)
                products.append(product.id)
                fresh = fresh || line.fresh
            }
        }
        let partyID = Identifier<ExhibitingParty>(
            alliance ? "lien-minh-\(province.code.code)" : "don-vi-\(index + 1)")
        let partyName =
            alliance
            ? "Liên minh HTX \(province.kind == .city ? "thành phố" : "tỉnh") \(province.name)"
            : plan.organisations.last?.name ?? "Đơn vị \(index + 1)"
        let registrationDay = day.adding(days: -Int.random(in: 20...80, using: &generator))
        let registered = TimeOfDay(hour: Int.random(in: 7...17, using: &generator)).map {
            LocalDateTime(date: registrationDay, time: $0)
        }
        plan.parties.append(
            ExhibitingParty(
                id: partyID, name: partyName,
                kind: alliance ? .provincialAlliance(ProvinceReference(province)) : .organisation(members[0]),
                registeredAt: registered, priority: alliance ? 1 : 0, cluster: cluster))
        let booths =
            alliance
            ? Int.random(in: 2...5, using: &generator)
            : [1, 1, 1, 1, 1, 2, 2, 3][Int.random(in: 0..<8, using: &generator)]
        var services: Set<BoothService> = []
        if fresh {
            services.formUnion(
                Int.random(in: 0..<2, using: &generator) == 0 ? [.water] : [.water, .coldStorage])
        }
        if Int.random(in: 0..<8, using: &generator) == 0 { services.insert(.power) }
        plan.boothRequests.append(
            BoothRequest(
                id: Identifier("dang-ky-\(index + 1)"), party: partyID, boothsWanted: booths,
                sharingOrganisations: members, products: products, servicesNeeded: services,
                preferredZones: alliance ? ["province-pavilion"] : []))
    }
}
