extension FairSampleBuilder {
    static let southEastCluster = "Cụm thi đua Đông Nam Bộ"
    static let northernCluster = "Cụm thi đua miền núi phía Bắc"

    static let highlandLines = [
        Line(name: "Chè Shan tuyết", productSet: 11, fresh: false),
        Line(name: "Trà giảo cổ lam", productSet: 12, fresh: false),
        Line(name: "Rượu ngô men lá", productSet: 14, fresh: false),
        Line(name: "Tam thất", productSet: 20, fresh: false),
        Line(name: "Mận hậu", productSet: 1, fresh: true),
        Line(name: "Thổ cẩm", productSet: 22, fresh: false),
        Line(name: "Lan hồ điệp", productSet: 23, fresh: false),
    ]
    static let southEastLines = [
        Line(name: "Hạt điều rang muối", productSet: 3, fresh: false),
        Line(name: "Tiêu đen", productSet: 10, fresh: false),
        Line(name: "Nước ép sơ ri", productSet: 17, fresh: false),
        Line(name: "Tinh dầu sả chanh", productSet: 20, fresh: false),
        Line(name: "Sầu riêng", productSet: 1, fresh: true),
        Line(name: "Gốm mỹ nghệ", productSet: 21, fresh: false),
    ]

    /// Other clusters' registrations, with the problems organisers meet planted among them.
    mutating func addOtherClusters() {
        // Đông Nam Bộ: Hồ Chí Minh (with old names Bình Dương, Bà Rịa - Vũng Tàu) and Đồng Nai.
        var hcmMembers: [Identifier<Organisation>] = []
        var hcmProducts: [Identifier<Product>] = []
        for (index, written) in [
            "TP.HCM", "Bình Dương", "Bà Rịa - Vũng Tàu", "Tp. Hồ Chí Minh", "Thành phố Hồ Chí Minh",
        ].enumerated() {
            let organisation = addCooperative(province: written, craft: index == 4)
            hcmMembers.append(organisation.id)
            for line in 0..<2 {
                hcmProducts.append(
                    addProduct(owner: organisation, craft: false, line: line, lines: Self.southEastLines).id)
            }
        }
        // A union of cooperatives, and a duplicate: the same cooperative registered again by
        // Đồng Nai with the code it already has under Hồ Chí Minh.
        let union = addCooperative(province: "Hồ Chí Minh", craft: false, kind: .cooperativeUnion)
        hcmMembers.append(union.id)
        let duplicated = plan.organisations[plan.organisations.count - 3]
        // An enterprise that also registers as its own party.
        let enterprise = addCooperative(
            province: "Đồng Nai", craft: false, kind: .enterprise,
            name: "Công ty TNHH Nông sản Phước Hưng Xanh")
        let enterpriseProduct = addProduct(
            owner: enterprise, craft: false, line: 0, lines: Self.southEastLines)
        hcmMembers.append(enterprise.id)
        hcmProducts.append(enterpriseProduct.id)
        addAlliance(
            province: "Hồ Chí Minh", cluster: Self.southEastCluster, members: hcmMembers,
            products: hcmProducts, booths: 4,
            services: [.water])

        var dongNaiMembers: [Identifier<Organisation>] = []
        var dongNaiProducts: [Identifier<Product>] = []
        for written in ["Đồng Nai", "Bình Phước", "Đồng Nai"] {
            let organisation = addCooperative(province: written, craft: false)
            dongNaiMembers.append(organisation.id)
            dongNaiProducts.append(
                addProduct(owner: organisation, craft: false, line: 1, lines: Self.southEastLines).id)
        }
        let again = addCooperative(
            province: "Bình Dương", craft: false, code: duplicated.registrationCode?.description,
            name: duplicated.name.uppercased())
        dongNaiMembers.append(again.id)
        let malformed = addCooperative(province: "Đồng Nai", craft: false, code: "360123456")
        dongNaiMembers.append(malformed.id)
        // Fresh durian without water or cold storage requested.
        dongNaiProducts.append(
            addProduct(owner: malformed, craft: false, line: 0, lines: [Self.southEastLines[4]]).id)
        addAlliance(
            province: "Đồng Nai", cluster: Self.southEastCluster, members: dongNaiMembers,
            products: dongNaiProducts,
            booths: 3, services: [])

        let enterpriseParty = ExhibitingParty(
            id: "dn-phuoc-hung-xanh", name: enterprise.name, kind: .organisation(enterprise.id),
            contact: enterprise.contacts.first, registeredAt: registrationTime(20),
            cluster: Self.southEastCluster)
        plan.parties.append(enterpriseParty)
        plan.boothRequests.append(
            BoothRequest(
                id: "dk-phuoc-hung-xanh", party: enterpriseParty.id, boothsWanted: 1,
                products: [enterpriseProduct.id]))

        addNorthernCluster()
    }

    /// Miền núi phía Bắc: four alliances, one cooperative with a mistyped province ("Tuyen Quanh"),
    /// a 2-star typo and a product registered twice.
    mutating func addNorthernCluster() {
        let provinces: [(String, [String])] = [
            ("Lào Cai", ["Lào Cai", "Yên Bái", "Lào Cai"]),
            ("Sơn La", ["Sơn La", "Sơn La", "Sơn La"]),
            ("Lạng Sơn", ["Lạng Sơn", "Lạng Sơn"]),
            ("Tuyên Quang", ["Hà Giang", "Tuyên Quang", "Tuyen Quanh"]),
        ]
        for (index, (province, written)) in provinces.enumerated() {
            var members: [Identifier<Organisation>] = []
            var shown: [Identifier<Product>] = []
            var fresh = false
            for (position, name) in written.enumerated() {
                let kind: OrganisationKind = position == 2 && index == 1 ? .cooperativeGroup : .cooperative
                let organisation = addCooperative(province: name, craft: false, kind: kind)
                members.append(organisation.id)
                for line in 0..<2 {
                    let stars = index == 1 && position == 0 && line == 1 ? 2 : nil
                    let product = addProduct(
                        owner: organisation, craft: false, line: line, lines: Self.highlandLines, stars: stars
                    )
                    shown.append(product.id)
                    fresh = fresh || product.needsColdChain
                }
            }
            if index == 0, let first = plan.products.last {
                productCount += 1
                let copy = Product(
                    id: Identifier("sp-\(String(1000 + productCount).dropFirst())"),
                    name: first.name.lowercased(),
                    owner: first.owner, classification: first.classification, recognition: first.recognition,
                    needsColdChain: first.needsColdChain)
                plan.products.append(copy)
                shown.append(copy.id)
            }
            addAlliance(
                province: province, cluster: Self.northernCluster, members: members, products: shown,
                booths: 2,
                services: fresh ? [.coldStorage] : [])
        }
    }
}
