// Generated once from ocop_product_sets_qd148_2023.csv and
// ocop_product_groups_legacy_qd1048_2019.csv; edit with care.

extension OCOPCatalogue {
    /// The 26 product sets of Decision 148/QĐ-TTg (2023): 6 sectors, 17 groups, 26 sets.
    public static let productSets: [OCOPProductSet] = [
        OCOPProductSet(
            number: 1,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 1,
            groupName: "Thực phẩm tươi sống",
            subgroupCode: "a",
            name: "Rau, củ, quả, hạt tươi",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 2,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 1,
            groupName: "Thực phẩm tươi sống",
            subgroupCode: "b",
            name: "Thịt, thủy sản, trứng, sữa tươi",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 3,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 2,
            groupName: "Thực phẩm thô, sơ chế",
            subgroupCode: "a",
            name: "Gạo, ngũ cốc, hạt sơ chế khác",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 4,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 2,
            groupName: "Thực phẩm thô, sơ chế",
            subgroupCode: "b",
            name: "Mật ong, mật khác và nông sản thực phẩm khác",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 5,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 3,
            groupName: "Thực phẩm chế biến",
            subgroupCode: "a",
            name: "Đồ ăn nhanh",
            managingMinistries: ["Bộ Công Thương"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 6,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 3,
            groupName: "Thực phẩm chế biến",
            subgroupCode: "b",
            name: "Chế biến từ gạo, ngũ cốc",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường", "Bộ Công Thương"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 7,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 3,
            groupName: "Thực phẩm chế biến",
            subgroupCode: "c",
            name: "Chế biến từ rau, củ, quả, hạt",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 8,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 3,
            groupName: "Thực phẩm chế biến",
            subgroupCode: "d",
            name:
                "Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường", "Bộ Công Thương"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 9,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 4,
            groupName: "Gia vị",
            subgroupCode: "a",
            name: "Tương, nước mắm, gia vị dạng lỏng khác",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 10,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 4,
            groupName: "Gia vị",
            subgroupCode: "b",
            name: "Gia vị khác",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 11,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 5,
            groupName: "Chè",
            subgroupCode: "a",
            name: "Chè tươi, chế biến",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 12,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 5,
            groupName: "Chè",
            subgroupCode: "b",
            name: "Sản phẩm chè từ thực vật khác",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 13,
            sectorCode: "I",
            sectorName: "Sản phẩm thực phẩm",
            groupNumber: 6,
            groupName: "Cà phê, ca cao",
            subgroupCode: nil,
            name: "Cà phê, ca cao",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .agriFood
        ),
        OCOPProductSet(
            number: 14,
            sectorCode: "II",
            sectorName: "Sản phẩm đồ uống",
            groupNumber: 1,
            groupName: "Đồ uống có cồn",
            subgroupCode: "a",
            name: "Rượu trắng",
            managingMinistries: ["Bộ Công Thương"],
            requiresSamples: true,
            category: .beverages
        ),
        OCOPProductSet(
            number: 15,
            sectorCode: "II",
            sectorName: "Sản phẩm đồ uống",
            groupNumber: 1,
            groupName: "Đồ uống có cồn",
            subgroupCode: "b",
            name: "Đồ uống có cồn khác",
            managingMinistries: ["Bộ Công Thương"],
            requiresSamples: true,
            category: .beverages
        ),
        OCOPProductSet(
            number: 16,
            sectorCode: "II",
            sectorName: "Sản phẩm đồ uống",
            groupNumber: 2,
            groupName: "Đồ uống không cồn",
            subgroupCode: "a",
            name: "Nước khoáng thiên nhiên, nước uống đóng chai",
            managingMinistries: ["Bộ Y tế"],
            requiresSamples: true,
            category: .beverages
        ),
        OCOPProductSet(
            number: 17,
            sectorCode: "II",
            sectorName: "Sản phẩm đồ uống",
            groupNumber: 2,
            groupName: "Đồ uống không cồn",
            subgroupCode: "b",
            name: "Đồ uống không cồn",
            managingMinistries: ["Bộ Công Thương"],
            requiresSamples: true,
            category: .beverages
        ),
        OCOPProductSet(
            number: 18,
            sectorCode: "III",
            sectorName: "Sản phẩm dược liệu và sản phẩm từ dược liệu",
            groupNumber: 1,
            groupName: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
            subgroupCode: nil,
            name: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
            managingMinistries: ["Bộ Y tế"],
            requiresSamples: true,
            category: .herbal
        ),
        OCOPProductSet(
            number: 19,
            sectorCode: "III",
            sectorName: "Sản phẩm dược liệu và sản phẩm từ dược liệu",
            groupNumber: 2,
            groupName: "Mỹ phẩm có thành phần từ dược liệu",
            subgroupCode: nil,
            name: "Mỹ phẩm có thành phần từ dược liệu",
            managingMinistries: ["Bộ Y tế"],
            requiresSamples: true,
            category: .herbal
        ),
        OCOPProductSet(
            number: 20,
            sectorCode: "III",
            sectorName: "Sản phẩm dược liệu và sản phẩm từ dược liệu",
            groupNumber: 3,
            groupName: "Tinh dầu và dược liệu khác",
            subgroupCode: nil,
            name: "Tinh dầu và dược liệu khác",
            managingMinistries: ["Bộ Y tế", "Bộ Công Thương"],
            requiresSamples: true,
            category: .herbal
        ),
        OCOPProductSet(
            number: 21,
            sectorCode: "IV",
            sectorName: "Sản phẩm hàng thủ công mỹ nghệ",
            groupNumber: 1,
            groupName: "Thủ công mỹ nghệ gia dụng, trang trí",
            subgroupCode: nil,
            name: "Thủ công mỹ nghệ gia dụng, trang trí",
            managingMinistries: ["Bộ Công Thương", "Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .handicraft
        ),
        OCOPProductSet(
            number: 22,
            sectorCode: "IV",
            sectorName: "Sản phẩm hàng thủ công mỹ nghệ",
            groupNumber: 2,
            groupName: "Vải, may mặc",
            subgroupCode: nil,
            name: "Vải, may mặc",
            managingMinistries: ["Bộ Công Thương"],
            requiresSamples: true,
            category: .handicraft
        ),
        OCOPProductSet(
            number: 23,
            sectorCode: "V",
            sectorName: "Sản phẩm sinh vật cảnh",
            groupNumber: 1,
            groupName: "Hoa",
            subgroupCode: nil,
            name: "Hoa",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .ornamental
        ),
        OCOPProductSet(
            number: 24,
            sectorCode: "V",
            sectorName: "Sản phẩm sinh vật cảnh",
            groupNumber: 2,
            groupName: "Cây cảnh",
            subgroupCode: nil,
            name: "Cây cảnh",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .ornamental
        ),
        OCOPProductSet(
            number: 25,
            sectorCode: "V",
            sectorName: "Sản phẩm sinh vật cảnh",
            groupNumber: 3,
            groupName: "Động vật cảnh",
            subgroupCode: nil,
            name: "Động vật cảnh",
            managingMinistries: ["Bộ Nông nghiệp và Môi trường"],
            requiresSamples: true,
            category: .ornamental
        ),
        OCOPProductSet(
            number: 26,
            sectorCode: "VI",
            sectorName: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
            groupNumber: 1,
            groupName: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
            subgroupCode: nil,
            name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
            managingMinistries: ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Nông nghiệp và Môi trường"],
            requiresSamples: false,
            category: .tourismService
        ),
    ]

    /// The 26 product subgroups of Decision 1048/QĐ-TTg (2019), used by older certificates.
    ///
    /// `successorNumber` is the 148/QĐ-TTg product set that took the subgroup over where that is
    /// clear: subgroup 9 (seafood products) joined set 8, both handicraft subgroups became set 21,
    /// and subgroup 21 (medical equipment) has no successor.
    public static let legacyGroups: [OCOPLegacyGroup] = [
        OCOPLegacyGroup(
            number: 1,
            sectorName: "Thực phẩm",
            groupName: "Thực phẩm tươi sống",
            name: "Rau, củ, quả, hạt tươi",
            category: .agriFood,
            successorNumber: 1
        ),
        OCOPLegacyGroup(
            number: 2,
            sectorName: "Thực phẩm",
            groupName: "Thực phẩm tươi sống",
            name: "Thịt, trứng, sữa tươi",
            category: .agriFood,
            successorNumber: 2
        ),
        OCOPLegacyGroup(
            number: 3,
            sectorName: "Thực phẩm",
            groupName: "Thực phẩm thô, sơ chế",
            name: "Gạo, ngũ cốc",
            category: .agriFood,
            successorNumber: 3
        ),
        OCOPLegacyGroup(
            number: 4,
            sectorName: "Thực phẩm",
            groupName: "Thực phẩm thô, sơ chế",
            name: "Mật ong, các sản phẩm từ mật ong, mật khác",
            category: .agriFood,
            successorNumber: 4
        ),
        OCOPLegacyGroup(
            number: 5,
            sectorName: "Thực phẩm",
            groupName: "Thực phẩm chế biến",
            name: "Đồ ăn nhanh",
            category: .agriFood,
            successorNumber: 5
        ),
        OCOPLegacyGroup(
            number: 6,
            sectorName: "Thực phẩm",
            groupName: "Thực phẩm chế biến",
            name: "Chế biến từ gạo, ngũ cốc",
            category: .agriFood,
            successorNumber: 6
        ),
        OCOPLegacyGroup(
            number: 7,
            sectorName: "Thực phẩm",
            groupName: "Thực phẩm chế biến",
            name: "Chế biến từ rau, củ, quả, hạt",
            category: .agriFood,
            successorNumber: 7
        ),
        OCOPLegacyGroup(
            number: 8,
            sectorName: "Thực phẩm",
            groupName: "Thực phẩm chế biến",
            name: "Chế biến từ thịt, trứng, sữa",
            category: .agriFood,
            successorNumber: 8
        ),
        OCOPLegacyGroup(
            number: 9,
            sectorName: "Thực phẩm",
            groupName: "Thực phẩm chế biến",
            name: "Chế biến từ thủy, hải sản",
            category: .agriFood,
            successorNumber: 8
        ),
        OCOPLegacyGroup(
            number: 10,
            sectorName: "Thực phẩm",
            groupName: "Gia vị",
            name: "Tương, nước mắm, gia vị lỏng khác",
            category: .agriFood,
            successorNumber: 9
        ),
        OCOPLegacyGroup(
            number: 11,
            sectorName: "Thực phẩm",
            groupName: "Gia vị",
            name: "Gia vị khác",
            category: .agriFood,
            successorNumber: 10
        ),
        OCOPLegacyGroup(
            number: 12,
            sectorName: "Thực phẩm",
            groupName: "Chè",
            name: "Chè tươi, chế biến",
            category: .agriFood,
            successorNumber: 11
        ),
        OCOPLegacyGroup(
            number: 13,
            sectorName: "Thực phẩm",
            groupName: "Chè",
            name: "Các sản phẩm khác từ chè, trà",
            category: .agriFood,
            successorNumber: 12
        ),
        OCOPLegacyGroup(
            number: 14,
            sectorName: "Thực phẩm",
            groupName: "Cà phê, ca cao",
            name: "Cà phê, ca cao",
            category: .agriFood,
            successorNumber: 13
        ),
        OCOPLegacyGroup(
            number: 15,
            sectorName: "Đồ uống",
            groupName: "Đồ uống có cồn",
            name: "Rượu trắng",
            category: .beverages,
            successorNumber: 14
        ),
        OCOPLegacyGroup(
            number: 16,
            sectorName: "Đồ uống",
            groupName: "Đồ uống có cồn",
            name: "Đồ uống có cồn khác",
            category: .beverages,
            successorNumber: 15
        ),
        OCOPLegacyGroup(
            number: 17,
            sectorName: "Đồ uống",
            groupName: "Đồ uống không cồn",
            name: "Nước khoáng thiên nhiên, nước uống tinh khiết",
            category: .beverages,
            successorNumber: 16
        ),
        OCOPLegacyGroup(
            number: 18,
            sectorName: "Đồ uống",
            groupName: "Đồ uống không cồn",
            name: "Đồ uống không cồn",
            category: .beverages,
            successorNumber: 17
        ),
        OCOPLegacyGroup(
            number: 19,
            sectorName: "Thảo dược",
            groupName: "Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền",
            name: "Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền",
            category: .herbal,
            successorNumber: 18
        ),
        OCOPLegacyGroup(
            number: 20,
            sectorName: "Thảo dược",
            groupName: "Mỹ phẩm",
            name: "Mỹ phẩm",
            category: .herbal,
            successorNumber: 19
        ),
        OCOPLegacyGroup(
            number: 21,
            sectorName: "Thảo dược",
            groupName: "Trang thiết bị, dụng cụ y tế",
            name: "Trang thiết bị, dụng cụ y tế",
            category: .herbal,
            successorNumber: nil
        ),
        OCOPLegacyGroup(
            number: 22,
            sectorName: "Thảo dược",
            groupName: "Thảo dược khác",
            name: "Thảo dược khác",
            category: .herbal,
            successorNumber: 20
        ),
        OCOPLegacyGroup(
            number: 23,
            sectorName: "Lưu niệm - nội thất - trang trí (thủ công mỹ nghệ)",
            groupName: "Thủ công mỹ nghệ, trang trí",
            name: "Thủ công mỹ nghệ, trang trí",
            category: .handicraft,
            successorNumber: 21
        ),
        OCOPLegacyGroup(
            number: 24,
            sectorName: "Lưu niệm - nội thất - trang trí (thủ công mỹ nghệ)",
            groupName: "Thủ công mỹ nghệ gia dụng",
            name: "Thủ công mỹ nghệ gia dụng",
            category: .handicraft,
            successorNumber: 21
        ),
        OCOPLegacyGroup(
            number: 25,
            sectorName: "Vải và may mặc",
            groupName: "Vải, may mặc",
            name: "Vải, may mặc",
            category: .handicraft,
            successorNumber: 22
        ),
        OCOPLegacyGroup(
            number: 26,
            sectorName: "Dịch vụ du lịch nông thôn, bán hàng",
            groupName: "Dịch vụ du lịch - truyền thống - lễ hội",
            name: "Dịch vụ du lịch - truyền thống - lễ hội",
            category: .tourismService,
            successorNumber: 26
        ),
    ]
}
