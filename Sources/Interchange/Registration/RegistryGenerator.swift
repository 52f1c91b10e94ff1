public import Planning
public import Sheets

/// A synthetic, fictitious national registry as filled registration templates: any number of
/// cooperatives, OCOP products and delegates, generated from a seed (same counts and seed, same
/// rows), with the template's Vietnamese headers, so that the importer reads them as it reads a
/// real alliance's files.
///
/// Every row is valid and distinct: organisations have distinct names (an activity and a
/// two-syllable place, numbered beyond the combinations), distinct ten-digit registration codes
/// (some starting with 0, written as text) and one of the 34 provinces; products belong to
/// organisations named by code, carry a product set of 148/QĐ-TTg, 3 or 4 stars and a decision
/// of 2025 at the level the rules of its date require; delegates name their organisation by code and have distinct phones. The
/// names are combinations of common name parts: no real person or cooperative is meant. Shared by
/// the tests and `fairplan-bench import`.
public struct RegistryGenerator: Sendable {
    /// How many organisations (Tổ chức rows).
    public let organisations: Int
    /// How many products (Sản phẩm rows), spread over the organisations.
    public let products: Int
    /// How many delegates (Đại biểu rows), spread over the organisations.
    public let people: Int
    /// The seed of the choices.
    public let seed: UInt64

    /// A registry of the given size; counts below zero count as zero.
    public init(organisations: Int, products: Int, people: Int, seed: UInt64 = 2026) {
        self.organisations = max(0, organisations)
        self.products = max(0, products)
        self.people = max(0, people)
        self.seed = seed
    }

    /// The three filled sheets (Tổ chức, Sản phẩm, Đại biểu) as one workbook; the rows are made
    /// as the writer asks for them.
    public func workbook(created: String) -> Workbook {
        Workbook(
            sheets: RegistrationSheetKind.allCases.map(sheet),
            metadata: WorkbookMetadata(
                title: "Danh sách đăng ký (tổng hợp)", generator: "FairPlan", created: created))
    }

    /// The filled sheet of one kind, headers as the template writes them in Vietnamese.
    public func sheet(_ kind: RegistrationSheetKind) -> Sheet {
        let fields = Self.fields(kind)
        let count: Int
        switch kind {
        case .organisations: count = organisations
        case .products: count = products
        case .delegates: count = people
        case .boothRequests: count = 0
        }
        let generator = self
        return Sheet(
            name: kind.sheetName(in: .vietnamese),
            columns: fields.map { Column($0.header(in: .vietnamese), widthCentimetres: $0.widthCentimetres) },
            title: nil, freezeHeader: true, autoFilter: false,
            rows: { @Sendable in
                var index = 0
                return AnyIterator {
                    guard index < count else { return nil }
                    defer { index += 1 }
                    return generator.row(kind, index)
                }
            })
    }

    /// The columns filled for each kind, in order.
    static func fields(_ kind: RegistrationSheetKind) -> [RegistrationField] {
        switch kind {
        case .organisations:
            [
                .organisationName, .organisationKind, .organisationCode, .organisationProvince,
                .organisationAddress, .organisationMembers, .contactName, .contactPosition, .contactPhone,
            ]
        case .products:
            [.productName, .productOwner, .productSet, .stars, .decisionNumber, .decisionDate, .issuingLevel]
        case .delegates:
            [
                .honorific, .fullName, .position, .delegateOrganisation, .delegateProvince, .delegatePhone,
                .role,
            ]
        case .boothRequests: [.partyName, .partyProvince, .partyOrganisation, .boothsWanted, .sharedWith]
        }
    }

    /// The cells of row `index` of a sheet.
    func row(_ kind: RegistrationSheetKind, _ index: Int) -> [CellValue] {
        switch kind {
        case .organisations: organisationRow(index)
        case .products: productRow(index)
        case .delegates: delegateRow(index)
        case .boothRequests: []
        }
    }

    // MARK: Organisations

    /// The legal name of organisation `index`: distinct for every index.
    public func organisationName(_ index: Int) -> String {
        let activities = Self.activities.count
        let places = Self.placeCount
        let activity = Self.activities[index % activities]
        let place = placeName((index / activities) % places)
        let round = index / (activities * places)
        return round == 0
            ? "Hợp tác xã \(activity) \(place)" : "Hợp tác xã \(activity) \(place) \(round + 1)"
    }

    /// The registration code of organisation `index`: ten digits, distinct for every index below
    /// 100,000,000, a province-like prefix (some starting with 0).
    public func registrationCode(_ index: Int) -> String {
        let prefix = Self.codePrefixes[Int(mix(index, 1) % UInt64(Self.codePrefixes.count))]
        let body = String(index % 100_000_000)
        return prefix + String(repeating: "0", count: 8 - body.count) + body
    }

    /// The province of organisation `index` (one of the 34 units).
    public func province(_ index: Int) -> String {
        let all = ProvinceDirectory.all
        return all[Int(mix(index, 2) % UInt64(all.count))].name
    }

    private func organisationRow(_ index: Int) -> [CellValue] {
        let place = placeName((index / Self.activities.count) % Self.placeCount)
        let contact = personName(Int(mix(index, 3) % 1_000_000))
        return [
            .text(organisationName(index)), .text("HTX"), .text(registrationCode(index)),
            .text(province(index)),
            .text("Thôn \(place), xã \(placeName(Int(mix(index, 4) % UInt64(Self.placeCount))))"),
            .integer(7 + Int(mix(index, 5) % 300)), .text(contact.name), .text("Giám đốc"),
            .text(phone(index, series: 0)),
        ]
    }

    // MARK: Products

    /// The organisation owning product `index`.
    public func owner(ofProduct index: Int) -> Int {
        organisations == 0 ? 0 : Int(mix(index, 6) % UInt64(organisations))
    }

    private func productRow(_ index: Int) -> [CellValue] {
        let owner = owner(ofProduct: index)
        let sets = OCOPCatalogue.productSets
        let set = sets[Int(mix(index, 7) % UInt64(sets.count))]
        let stars = 3 + Int(mix(index, 8) % 2)
        let day = 1 + Int(mix(index, 9) % 28)
        let month = 1 + Int(mix(index, 10) % 12)
        // The product's index makes its name distinct within its owner.
        let name =
            "\(Self.productWords[index % Self.productWords.count]) \(placeName(owner % Self.placeCount)) số \(index + 1)"
        return [
            .text(name), .text(registrationCode(owner)), .text(set.name), .integer(stars),
            .text("\(100 + index % 9_000)/QĐ-UBND"),
            .text(Self.twoDigits(day) + "/" + Self.twoDigits(month) + "/2025"),
            .text(stars == 3 && (month < 7 || month == 7 && day < 6) ? "Cấp huyện" : "Cấp tỉnh"),
        ]
    }

    // MARK: Delegates

    /// The organisation delegate `index` represents.
    public func organisation(ofDelegate index: Int) -> Int {
        organisations == 0 ? 0 : Int(mix(index, 11) % UInt64(organisations))
    }

    private func delegateRow(_ index: Int) -> [CellValue] {
        let organisation = organisation(ofDelegate: index)
        let person = personName(index)
        return [
            .text(person.female ? "Bà" : "Ông"), .text(person.name),
            .text(Self.positions[Int(mix(index, 12) % UInt64(Self.positions.count))]),
            .text(organisations == 0 ? "Liên minh HTX" : registrationCode(organisation)),
            .text(province(organisation)), .text(phone(index, series: 1)), .text("Đại biểu"),
        ]
    }

    // MARK: Parts

    /// A fictitious full name for `index`, alternating men and women.
    func personName(_ index: Int) -> (name: String, female: Bool) {
        let female = index % 2 == 1
        let family = Self.families[Int(mix(index, 13) % UInt64(Self.families.count))]
        let middles = female ? Self.femaleMiddles : Self.maleMiddles
        let givens = female ? Self.femaleGivens : Self.maleGivens
        let middle = middles[Int(mix(index, 14) % UInt64(middles.count))]
        let given = givens[Int(mix(index, 15) % UInt64(givens.count))]
        return ("\(family) \(middle) \(given)", female)
    }

    /// A fictitious mobile number, distinct for every index below 10,000,000 in each series.
    func phone(_ index: Int, series: Int) -> String {
        let body = String(index % 10_000_000)
        return (series == 0 ? "090" : "091") + String(repeating: "0", count: 7 - body.count) + body
    }

    /// The place name of a combination index (below ``placeCount``).
    func placeName(_ index: Int) -> String {
        "\(Self.placeFirst[index % Self.placeFirst.count]) \(Self.placeSecond[index / Self.placeFirst.count])"
    }

    /// A number from 1 to 99 in two digits.
    static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }

    /// How many distinct place names there are.
    static var placeCount: Int { placeFirst.count * placeSecond.count }

    /// A well-mixed 64-bit value for an index and a purpose (SplitMix64 of seed, index, purpose).
    func mix(_ index: Int, _ purpose: UInt64) -> UInt64 {
        var z =
            seed &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15 &+ purpose
            &* 0xD1B5_4A32_D192_ED03
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static let activities = [
        "Nông nghiệp", "Dịch vụ nông nghiệp", "Thủy sản", "Chăn nuôi", "Rau an toàn", "Chè", "Cà phê",
        "Mây tre đan", "Dược liệu", "Nuôi ong", "Lúa gạo", "Cây ăn quả", "Muối", "Nấm", "Dệt thổ cẩm",
        "Gốm", "Hồ tiêu", "Điều", "Dừa", "Du lịch cộng đồng",
    ]
    static let placeFirst = [
        "Tân", "Phú", "Mỹ", "Long", "Thới", "Vĩnh", "Hòa", "An", "Bình", "Phước", "Hưng", "Đông", "Thạnh",
        "Hiệp", "Tam", "Lợi", "Đức", "Quang", "Thuận", "Xuân", "Hải", "Nghĩa", "Trung", "Minh", "Thanh",
        "Kim", "Hồng", "Yên", "Tiên", "Đại", "Cẩm", "Sơn",
    ]
    static let placeSecond = [
        "Hòa", "Lợi", "Thạnh", "Phước", "An", "Xuân", "Bình", "Hưng", "Lập", "Thành", "Lộc", "Điền", "Tú",
        "Hiệp", "Phong", "Thịnh", "Trung", "Tây", "Đông", "Nam", "Bắc", "Khánh", "Mỹ", "Tiến", "Quý", "Vinh",
        "Lâm", "Hà", "Sơn", "Giang", "Châu", "Cường", "Định", "Nguyên", "Phú", "Thái", "Trường", "Vân",
        "Lạc", "Kiều",
    ]
    static let codePrefixes = [
        "01", "02", "03", "04", "05", "06", "08", "10", "12", "14", "15", "17", "19", "22", "24", "25",
        "26", "27", "28", "29", "30", "31", "32", "33", "34", "36", "37", "38", "40", "41", "42", "43",
        "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "56", "58", "60", "61", "62",
        "63", "64", "65", "66", "70", "80", "85", "86", "87", "89", "90", "91", "92", "93", "94", "95",
    ]
    static let productWords = [
        "Mật ong hoa nhãn", "Gạo thơm", "Trà xanh", "Cà phê rang xay", "Nước mắm", "Bánh tráng", "Khô cá",
        "Tinh dầu sả", "Nấm linh chi", "Mứt gừng", "Hạt điều rang muối", "Tiêu đen", "Kẹo dừa",
        "Giỏ mây", "Khăn thổ cẩm", "Bình gốm", "Rượu nếp", "Chả cá", "Bưởi da xanh", "Xoài cát",
    ]
    static let families = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Phan", "Vũ", "Trương", "Đinh", "Lâm", "Mai",
    ]
    static let maleMiddles = ["Văn", "Hữu", "Minh", "Quốc", "Thanh", "Đức", "Công", "Xuân"]
    static let femaleMiddles = ["Thị", "Thị Thu", "Ngọc", "Thị Kim", "Thanh", "Thị Minh", "Bích", "Thu"]
    static let maleGivens = [
        "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn",
        "Tuấn", "Thắng", "Toàn", "Vinh", "Hiếu", "Lộc", "Tài",
    ]
    static let femaleGivens = [
        "Anh", "Hạnh", "Hoa", "Hương", "Lan", "Mai", "Ngân", "Nhung", "Phương", "Tâm", "Thảo", "Trang", "Vy",
        "Yến", "Hằng", "Linh", "Loan", "Nga", "Oanh", "Xuân",
    ]
    static let positions = [
        "Giám đốc", "Phó Giám đốc", "Chủ tịch Hội đồng quản trị", "Kế toán", "Thành viên",
        "Trưởng ban kiểm soát",
    ]
}
