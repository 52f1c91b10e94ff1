import Planning
import Testing

@Suite("OCOPCatalogue")
struct OCOPCatalogueTests {
    @Test("26 product sets (148/2023) and 26 legacy subgroups (1048/2019), numbered 1 to 26")
    func counts() {
        #expect(OCOPCatalogue.productSets.count == 26)
        #expect(OCOPCatalogue.legacyGroups.count == 26)
        #expect(OCOPCatalogue.productSets.map(\.number) == Array(1...26))
        #expect(OCOPCatalogue.legacyGroups.map(\.number) == Array(1...26))
        #expect(Set(OCOPCatalogue.productSets.map(\.sectorCode)) == ["I", "II", "III", "IV", "V", "VI"])
        let groups = Set(OCOPCatalogue.productSets.map { "\($0.sectorCode)-\($0.groupNumber)" })
        #expect(groups.count == 17)
        #expect(OCOPCatalogue.productSet(number: 0) == nil)
        #expect(OCOPCatalogue.productSet(number: 27) == nil)
        #expect(OCOPCatalogue.legacyGroup(number: 27) == nil)
    }

    @Test("Product set rows as in ocop_product_sets_qd148_2023.csv")
    func productSetRows() throws {
        let first = try #require(OCOPCatalogue.productSet(number: 1))
        #expect(first.name == "Rau, củ, quả, hạt tươi")
        #expect(first.groupName == "Thực phẩm tươi sống")
        #expect(first.subgroupCode == "a")
        #expect(first.sectorName == "Sản phẩm thực phẩm")
        #expect(first.managingMinistries == ["Bộ Nông nghiệp và Môi trường"])
        let six = try #require(OCOPCatalogue.productSet(number: 6))
        #expect(six.managingMinistries == ["Bộ Nông nghiệp và Môi trường", "Bộ Công Thương"])
        let coffee = try #require(OCOPCatalogue.productSet(number: 13))
        #expect(coffee.subgroupCode == nil)
        let tourism = try #require(OCOPCatalogue.productSet(number: 26))
        #expect(tourism.requiresSamples == false)
        #expect(
            tourism.managingMinistries == ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Nông nghiệp và Môi trường"])
        #expect(OCOPCatalogue.productSets.filter(\.requiresSamples).count == 25)
    }

    @Test("Categories follow the sectors")
    func categories() {
        let bySector: [String: ProductCategory] = [
            "I": .agriFood, "II": .beverages, "III": .herbal, "IV": .handicraft, "V": .ornamental,
            "VI": .tourismService,
        ]
        for set in OCOPCatalogue.productSets {
            #expect(set.category == bySector[set.sectorCode])
        }
        let counts = Dictionary(grouping: OCOPCatalogue.productSets, by: \.category).mapValues(\.count)
        #expect(
            counts == [
                .agriFood: 13, .beverages: 4, .herbal: 3, .handicraft: 2, .ornamental: 3, .tourismService: 1,
            ])
        let legacy = Dictionary(grouping: OCOPCatalogue.legacyGroups, by: \.category).mapValues {
            $0.map(\.number)
        }
        #expect(legacy[.agriFood] == Array(1...14))
        #expect(legacy[.beverages] == Array(15...18))
        #expect(legacy[.herbal] == Array(19...22))
        #expect(legacy[.handicraft] == [23, 24, 25])
        #expect(legacy[.tourismService] == [26])
        #expect(legacy[.ornamental] == nil)
    }

    @Test("Legacy subgroups map to their 148 successors where clear")
    func successors() {
        let map = Dictionary(
            uniqueKeysWithValues: OCOPCatalogue.legacyGroups.map { ($0.number, $0.successor?.number) })
        #expect(map[1] == 1)
        #expect(map[9] == 8)
        #expect(map[15] == 14)
        #expect(map[21] == .some(nil))
        #expect(map[23] == 21)
        #expect(map[24] == 21)
        #expect(map[25] == 22)
        #expect(map[26] == 26)
        for group in OCOPCatalogue.legacyGroups {
            if let successor = group.successor {
                #expect(successor.category == group.category, "\(group.name)")
            }
        }
        #expect(OCOPClassification.legacyGroup(9).current == .productSet(8))
        #expect(OCOPClassification.legacyGroup(21).current == nil)
        #expect(OCOPClassification.productSet(3).current == .productSet(3))
    }

    @Test("Classification names, categories and criteria")
    func classification() {
        #expect(OCOPClassification.productSet(14).name(.vietnamese) == "Rượu trắng")
        #expect(OCOPClassification.productSet(14).category == .beverages)
        #expect(OCOPClassification.productSet(14).criteriaBasis == "148/QĐ-TTg")
        #expect(OCOPClassification.legacyGroup(25).name(.vietnamese) == "Vải, may mặc")
        #expect(OCOPClassification.legacyGroup(25).category == .handicraft)
        #expect(OCOPClassification.legacyGroup(25).criteriaBasis == "1048/QĐ-TTg")
        #expect(OCOPClassification.productSet(99).category == nil)
        for language in Language.allCases {
            #expect(OCOPClassification.productSet(14).name(language) == "Rượu trắng")
            #expect(
                OCOPClassification.productSet(99).name(language)
                    == PlanningMessage.unknownProductSet(number: 99).text(language))
            #expect(
                OCOPClassification.legacyGroup(99).name(language)
                    == PlanningMessage.unknownLegacyGroup(number: 99).text(language))
        }
    }

    @Test(
        "classify recognises names and numbers as written",
        arguments: [
            ("Rau, củ, quả, hạt tươi", OCOPClassification.productSet(1)),
            ("rau cu qua hat tuoi", .productSet(1)),
            ("RAU, CỦ, QUẢ, HẠT TƯƠI", .productSet(1)),
            ("Rượu trắng", .productSet(14)),
            ("Cà phê, ca cao", .productSet(13)),
            ("Thủ công mỹ nghệ gia dụng, trang trí", .productSet(21)),
            ("Hoa", .productSet(23)),
            ("Bộ sản phẩm số 5", .productSet(5)),
            ("bộ 26", .productSet(26)),
            ("Nhóm Chè tươi, chế biến", .productSet(11)),
            ("Thịt, trứng, sữa tươi", .legacyGroup(2)),
            ("Chế biến từ thủy, hải sản", .legacyGroup(9)),
            ("Chế biến từ thuỷ, hải sản", .legacyGroup(9)),
            ("Mỹ phẩm", .legacyGroup(20)),
            ("Thủ công mỹ nghệ gia dụng", .legacyGroup(24)),
            ("Phân nhóm 21", .legacyGroup(21)),
        ]
    )
    func classify(_ written: String, _ expected: OCOPClassification) {
        #expect(OCOPCatalogue.classify(written) == expected)
    }

    @Test(
        "classify refuses partial or unknown names",
        arguments: ["", "Rau", "Thực phẩm tươi sống", "Bộ 27", "Gạo", "Nhóm 5"])
    func classifyRefuses(_ written: String) {
        #expect(OCOPCatalogue.classify(written) == nil)
    }

    @Test("Every set and subgroup name classifies back to itself, sets winning ties")
    func classifyRoundTrip() {
        for set in OCOPCatalogue.productSets {
            #expect(OCOPCatalogue.classify(set.name) == .productSet(set.number))
        }
        let setKeys = Set(OCOPCatalogue.productSets.map { VietnameseText.searchKey($0.name) })
        for group in OCOPCatalogue.legacyGroups where !setKeys.contains(VietnameseText.searchKey(group.name))
        {
            #expect(OCOPCatalogue.classify(group.name) == .legacyGroup(group.number))
        }
    }

    @Test("Product category names")
    func productCategory() {
        #expect(ProductCategory.allCases.count == 6)
        for category in ProductCategory.allCases {
            #expect(ProductCategory(written: category.name(.vietnamese)) == category)
            #expect(ProductCategory(written: category.name(.english)) == category)
        }
        #expect(ProductCategory(written: "tiểu thủ công nghiệp") == .handicraft)
        #expect(ProductCategory(written: "Thủ công mỹ nghệ") == .handicraft)
        #expect(ProductCategory(written: "nông sản thực phẩm") == .agriFood)
        #expect(ProductCategory(written: "Sinh vật cảnh") == .ornamental)
        #expect(ProductCategory(written: "beverages") == .beverages)
        #expect(ProductCategory(written: "agriFood") == .agriFood)
        #expect(ProductCategory(written: "xe máy") == nil)
        #expect(ProductCategory(rawValue: "tourismService") == .tourismService)
    }
}

@Suite("OCOPCatalogue partial names")
struct OCOPCataloguePartialNameTests {
    @Test("a distinctive part names one set; an ambiguous part names several; nonsense none")
    func partialNames() {
        #expect(OCOPCatalogue.productSets(matching: "Mật ong").map(\.number) == [4])
        #expect(OCOPCatalogue.productSets(matching: "ca phe").map(\.number) == [13])
        #expect(OCOPCatalogue.productSets(matching: "Thủy sản").count > 1)
        #expect(OCOPCatalogue.productSets(matching: "Bánh kẹo").isEmpty)
        #expect(OCOPCatalogue.productSets(matching: "  ").isEmpty)
    }

    @Test(
        "tones decide first: «Chè» (tea) is the sets naming chè, not every «chế biến»; «che» still finds them"
    )
    func tonesFirst() {
        #expect(OCOPCatalogue.productSets(matching: "Chè").map(\.number) == [11, 12])
        #expect(OCOPCatalogue.productSets(matching: "chè").map(\.number) == [11, 12])
        #expect(OCOPCatalogue.productSets(matching: "Che").count > 2)
        #expect(OCOPCatalogue.productSets(matching: "Chè tươi").map(\.number) == [11])
    }
}
