/// Builds the sample national fair deterministically.
struct FairSampleBuilder {
    /// A product line: a base name, its 148/QĐ-TTg product set, and whether it is fresh food.
    struct Line {
        let name: String
        let productSet: Int
        let fresh: Bool
    }

    /// One province's registrations: the name the alliance writes, the variants its
    /// cooperatives write, and how many agri-food and handicraft cooperatives it brings.
    struct ProvinceQuota {
        let province: String
        let written: [String]
        let agriCooperatives: Int
        let craftCooperatives: Int
        let booths: Int
    }

    static let agriLines = [
        Line(name: "Bưởi da xanh", productSet: 1, fresh: true),
        Line(name: "Xoài cát", productSet: 1, fresh: true),
        Line(name: "Tôm càng xanh", productSet: 2, fresh: true),
        Line(name: "Gạo thơm", productSet: 3, fresh: false),
        Line(name: "Mật ong hoa tràm", productSet: 4, fresh: false),
        Line(name: "Bánh phồng tôm", productSet: 6, fresh: false),
        Line(name: "Chuối sấy dẻo", productSet: 7, fresh: false),
        Line(name: "Kẹo dừa", productSet: 7, fresh: false),
        Line(name: "Khô cá lóc", productSet: 8, fresh: false),
        Line(name: "Mắm cá linh", productSet: 8, fresh: false),
        Line(name: "Nước mắm cá cơm", productSet: 9, fresh: false),
        Line(name: "Trà mãng cầu", productSet: 12, fresh: false),
        Line(name: "Cà phê rang xay", productSet: 13, fresh: false),
    ]
    static let craftLines = [
        Line(name: "Giỏ lục bình", productSet: 21, fresh: false),
        Line(name: "Chiếu cói", productSet: 21, fresh: false),
        Line(name: "Đệm bàng", productSet: 21, fresh: false),
        Line(name: "Khăn rằn", productSet: 22, fresh: false),
    ]

    /// The regional cluster: 61 cooperatives (55 agri-food, 6 handicraft), 30 booths.
    static let clusterQuotas = [
        ProvinceQuota(
            province: "An Giang", written: ["An Giang", "Kiên Giang"], agriCooperatives: 10,
            craftCooperatives: 1, booths: 5),
        ProvinceQuota(
            province: "Cà Mau", written: ["Cà Mau", "Bạc Liêu"], agriCooperatives: 9, craftCooperatives: 1,
            booths: 5),
        ProvinceQuota(
            province: "Cần Thơ", written: ["TP. Cần Thơ", "Sóc Trăng", "Hậu Giang"], agriCooperatives: 9,
            craftCooperatives: 1, booths: 5),
        ProvinceQuota(
            province: "Đồng Tháp", written: ["Đồng Tháp", "Tiền Giang"], agriCooperatives: 9,
            craftCooperatives: 1, booths: 5),
        ProvinceQuota(
            province: "Vĩnh Long", written: ["Tỉnh Vĩnh Long", "Bến Tre", "Trà Vinh"], agriCooperatives: 9,
            craftCooperatives: 1, booths: 5),
        ProvinceQuota(
            province: "Tây Ninh", written: ["Tây Ninh", "Long An"], agriCooperatives: 9, craftCooperatives: 1,
            booths: 5),
    ]

    var plan = Plan(
        event: Event(
            id: SampleData.fairID,
            name: "Hội chợ triển lãm sản phẩm hợp tác xã toàn quốc 2026 (dữ liệu mẫu)",
            kind: .fair,
            organiser: "Liên minh Hợp tác xã Việt Nam",
            province: ProvinceReference("TP.HCM"),
            days: (16...20).compactMap { day in
                guard let date = CalendarDate(year: 2026, month: 12, day: day),
                    let opens = TimeOfDay(hour: 8), let closes = TimeOfDay(hour: 21)
                else { return nil }
                return EventDay(date: date, opens: opens, closes: closes)
            }))
    var organisationCount = 0
    var productCount = 0
    var personCount = 0

    mutating func build() {
        var agriProducts = 0
        var craftProducts = 0
        var agriIndex = 0
        for quota in Self.clusterQuotas {
            var members: [Identifier<Organisation>] = []
            var shown: [Identifier<Product>] = []
            var fresh = false
            for index in 0..<(quota.agriCooperatives + quota.craftCooperatives) {
                let craft = index >= quota.agriCooperatives
                let written = quota.written[index % quota.written.count]
                let organisation = addCooperative(province: written, craft: craft)
                members.append(organisation.id)
                // 46 agri-food cooperatives show 2 products and 9 show 1 (101); craft: 5 × 2 + 1 (11).
                let count: Int
                if craft {
                    count = craftProducts < 10 ? 2 : 1
                    craftProducts += count
                } else {
                    count = agriIndex < 46 ? 2 : 1
                    agriIndex += 1
                    agriProducts += count
                }
                for line in 0..<count {
                    let product = addProduct(owner: organisation, craft: craft, line: line)
                    shown.append(product.id)
                    fresh = fresh || product.needsColdChain
                }
            }
            addAlliance(
                province: quota.province, cluster: SampleData.regionalCluster, members: members,
                products: shown,
                booths: quota.booths, services: fresh ? [.water, .coldStorage] : [])
        }
        addOtherClusters()
    }

    mutating func nextOrganisationID() -> Identifier<Organisation> {
        organisationCount += 1
        return Identifier("org-\(String(1000 + organisationCount).dropFirst())")
    }

    mutating func addCooperative(
        province written: String, craft: Bool, kind: OrganisationKind = .cooperative, code: String? = nil,
        name: String? = nil
    ) -> Organisation {
        let id = nextOrganisationID()
        let place = SampleNames.places[(organisationCount * 5) % SampleNames.places.count]
        let reference = ProvinceReference(written)
        let provinceCode = reference.code?.code ?? "00"
        let serial = String(1_000_000 + organisationCount * 37).dropFirst()
        let prefix = kind.namePrefixes.first ?? "Hợp tác xã"
        let activity =
            craft
            ? "Thủ công mỹ nghệ" : ["Nông nghiệp", "Dịch vụ nông nghiệp", "Thủy sản"][organisationCount % 3]
        let person = SampleNames.person(organisationCount)
        let organisation = Organisation(
            id: id,
            name: name ?? "\(prefix) \(activity) \(place)",
            kind: kind,
            sector: craft ? .nonAgricultural : .agricultural,
            registrationCode: code ?? (kind.requiresRegistrationCode ? "99\(provinceCode)\(serial)" : nil),
            province: reference,
            contacts: [
                Contact(name: person.name, position: "Giám đốc", phone: SampleNames.phone(organisationCount))
            ],
            memberCount: 7 + organisationCount % 40)
        plan.organisations.append(organisation)
        return organisation
    }

    mutating func addProduct(
        owner: Organisation, craft: Bool, line: Int, lines: [Line]? = nil, stars: Int? = nil
    ) -> Product {
        productCount += 1
        let pool = lines ?? (craft ? Self.craftLines : Self.agriLines)
        let chosen = pool[(productCount * 3 + line * 2) % pool.count]
        let place = owner.name.split(separator: " ").suffix(2).joined(separator: " ")
        let id = Identifier<Product>("sp-\(String(1000 + productCount).dropFirst())")
        let recognition = recognition(for: productCount, stars: stars, province: owner.province)
        let product = Product(
            id: id, name: "\(chosen.name) \(place)", owner: owner.id,
            classification: .productSet(chosen.productSet), recognition: recognition,
            needsColdChain: chosen.fresh)
        plan.products.append(product)
        return product
    }

    /// A decision spread over 2023–2025; every 29th product carries one that has expired by the
    /// fair, and product 60 one that expires during it.
    func recognition(for index: Int, stars: Int?, province: ProvinceReference) -> OCOPRecognition? {
        if index % 9 == 4 { return nil }
        let stars = stars ?? (index % 11 == 0 ? 5 : index % 4 == 0 ? 4 : 3)
        let date: CalendarDate?
        if index % 29 == 7 {
            date = CalendarDate(year: 2023, month: 3 + index % 8, day: 10)
        } else if index == 60 {
            date = CalendarDate(year: 2023, month: 12, day: 18)
        } else {
            date = CalendarDate(year: 2024 + index % 2, month: 1 + index % 12, day: 5 + index % 20)
        }
        guard let date else { return nil }
        let level = OCOPStarLevel.issuingLevel(stars: stars, on: date)
        let issuer =
            level == .central
            ? "Bộ Nông nghiệp và Môi trường" : "UBND \(level.name(.vietnamese)) (\(province.officialName))"
        return OCOPRecognition(
            stars: stars, decisionNumber: "\(1200 + index * 13)/QĐ-\(level == .central ? "BNN" : "UBND")",
            decisionDate: date, issuingBody: issuer, issuingLevel: level, criteriaBasis: .decision148of2023)
    }

    mutating func addAlliance(
        province: String, cluster: String, members: [Identifier<Organisation>],
        products: [Identifier<Product>],
        booths: Int, services: Set<BoothService>
    ) {
        let reference = ProvinceReference(province)
        let official = reference.province
        let title = official?.kind == .city ? "thành phố" : "tỉnh"
        let key = VietnameseText.searchKey(reference.officialName).replacingSpaces(with: "-")
        let party = ExhibitingParty(
            id: Identifier("lm-\(key)"), name: "Liên minh HTX \(title) \(reference.officialName)",
            kind: .provincialAlliance(reference),
            contact: Contact(
                name: SampleNames.person(200 + plan.parties.count).name, position: "Trưởng ban Hỗ trợ",
                phone: SampleNames.phone(200 + plan.parties.count)),
            registeredAt: registrationTime(plan.parties.count), cluster: cluster)
        plan.parties.append(party)
        plan.boothRequests.append(
            BoothRequest(
                id: Identifier("dk-\(key)"), party: party.id, boothsWanted: booths,
                sharingOrganisations: members,
                products: products, servicesNeeded: services, preferredZones: ["province-pavilion"]))
    }

    func registrationTime(_ index: Int) -> LocalDateTime? {
        guard let date = CalendarDate(year: 2026, month: 10, day: 1 + index % 28),
            let time = TimeOfDay(hour: 8 + index % 9)
        else {
            return nil
        }
        return LocalDateTime(date: date, time: time)
    }
}

extension String {
    /// The text with each space replaced.
    func replacingSpaces(with replacement: String) -> String {
        split(separator: " ").joined(separator: replacement)
    }
}
