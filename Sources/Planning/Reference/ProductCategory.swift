/// The broad product category that fair reports summarise by, for example agri-food versus handicraft.
///
/// Each OCOP sector maps to one category: sector I (food) to ``agriFood``, II to ``beverages``,
/// III to ``herbal``, IV to ``handicraft``, V to ``ornamental``, VI to ``tourismService``.
public enum ProductCategory: String, CaseIterable, Codable, Hashable, Sendable {
    /// Agricultural and food products (nông sản thực phẩm).
    case agriFood
    /// Drinks, alcoholic or not (đồ uống).
    case beverages
    /// Medicinal herbs and products made from them (thảo dược, dược liệu).
    case herbal
    /// Handicrafts, fine arts, textiles and garments (thủ công mỹ nghệ, tiểu thủ công nghiệp).
    case handicraft
    /// Flowers, ornamental plants and animals (sinh vật cảnh).
    case ornamental
    /// Community and eco-tourism services and tourist sites (dịch vụ du lịch).
    case tourismService

    /// The name used in reports, in `language`: "Nông sản thực phẩm", "Agri-food products".
    public func name(_ language: Language) -> String {
        PlanningMessage.productCategory(self).text(language)
    }

    /// Other Vietnamese names the category goes by, as search keys.
    private var synonymKeys: [String] {
        switch self {
        case .agriFood:
            return ["nong san", "thuc pham", "nong san thuc pham", "san pham thuc pham"]
        case .beverages:
            return ["do uong", "san pham do uong"]
        case .herbal:
            return [
                "thao duoc", "duoc lieu", "san pham duoc lieu", "san pham duoc lieu va san pham tu duoc lieu",
            ]
        case .handicraft:
            return [
                "thu cong my nghe", "tieu thu cong nghiep", "hang thu cong my nghe",
                "san pham hang thu cong my nghe",
                "thu cong", "luu niem", "vai may mac", "vai va may mac",
            ]
        case .ornamental:
            return ["sinh vat canh", "san pham sinh vat canh"]
        case .tourismService:
            return ["dich vu du lich", "du lich", "dich vu du lich cong dong"]
        }
    }

    /// Recognises a category name as written ("tiểu thủ công nghiệp", "Nông sản", "agriFood").
    ///
    /// Matching ignores case, tones and punctuation and needs the whole name; nil when unknown.
    public init?(written: String) {
        let key = VietnameseText.searchKey(written)
        let match = Self.allCases.first { category in
            VietnameseText.searchKey(category.rawValue) == key
                || VietnameseText.searchKey(category.name(.vietnamese)) == key
                || VietnameseText.searchKey(category.name(.english)) == key
                || category.synonymKeys.contains(key)
        }
        guard let match else {
            return nil
        }
        self = match
    }
}
