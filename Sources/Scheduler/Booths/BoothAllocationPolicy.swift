public import Planning

/// The organisers' rules for a booth plan: zoning by province and category, food zones, weights.
///
/// Zone specifications (in every list below) name a zone by its identifier or by one of its tags,
/// such as `province-pavilion`, `handicraft` or `food`.
public struct BoothAllocationPolicy: Hashable, Codable, Sendable {
    /// The weights of the score components.
    public var weights: BoothScoreWeights
    /// Zones a province's parties must stand in (hard), keyed by province name or code as written.
    public var requiredZonesByProvince: [String: [String]]
    /// Zones a province's parties should stand in (soft, scored as zoning).
    public var preferredZonesByProvince: [String: [String]]
    /// Zones each product category should stand in (soft, scored as zoning); a party's category
    /// is the one most of its products belong to.
    public var zonesByCategory: [ProductCategory: [String]]
    /// Zone tags that allow food: a party showing agri-food or beverages, or fresh food, may only
    /// stand in a zone carrying one of them (or in a booth with no zone and no tags).
    public var foodZoneTags: Set<String>
    /// Zone tags of zones never let to exhibitors (a stage, say).
    public var closedZoneTags: Set<String>
    /// Services a party showing fresh food needs even when its request does not say so.
    public var freshFoodServices: Set<BoothService>
    /// The regions each pavilion zone serves, by zone identifier, for venues whose zone names and
    /// tags do not say (``PavilionRegion/served(byZoneNamed:tags:)``); a zone listed here serves
    /// these regions only.
    public var pavilionRegions: [String: Set<PavilionRegion>]

    /// Creates a policy; the defaults zone categories by their tags and close stages.
    public init(
        weights: BoothScoreWeights = BoothScoreWeights(),
        requiredZonesByProvince: [String: [String]] = [:],
        preferredZonesByProvince: [String: [String]] = [:],
        zonesByCategory: [ProductCategory: [String]] = Self.defaultZonesByCategory,
        foodZoneTags: Set<String> = ["food", "agri-food"],
        closedZoneTags: Set<String> = ["stage"],
        freshFoodServices: Set<BoothService> = [.water],
        pavilionRegions: [String: Set<PavilionRegion>] = [:]
    ) {
        self.weights = weights
        self.requiredZonesByProvince = requiredZonesByProvince
        self.preferredZonesByProvince = preferredZonesByProvince
        self.zonesByCategory = zonesByCategory
        self.foodZoneTags = foodZoneTags
        self.closedZoneTags = closedZoneTags
        self.freshFoodServices = freshFoodServices
        self.pavilionRegions = pavilionRegions
    }

    enum CodingKeys: String, CodingKey {
        case weights, requiredZonesByProvince, preferredZonesByProvince, zonesByCategory, foodZoneTags
        case closedZoneTags, freshFoodServices, pavilionRegions
    }

    /// Decodes a policy; the regions of pavilions may be missing (inferred from the venue).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            weights: try container.decode(BoothScoreWeights.self, forKey: .weights),
            requiredZonesByProvince: try container.decode(
                [String: [String]].self, forKey: .requiredZonesByProvince),
            preferredZonesByProvince: try container.decode(
                [String: [String]].self, forKey: .preferredZonesByProvince),
            zonesByCategory: try container.decode([ProductCategory: [String]].self, forKey: .zonesByCategory),
            foodZoneTags: try container.decode(Set<String>.self, forKey: .foodZoneTags),
            closedZoneTags: try container.decode(Set<String>.self, forKey: .closedZoneTags),
            freshFoodServices: try container.decode(Set<BoothService>.self, forKey: .freshFoodServices),
            pavilionRegions: try container.decodeIfPresent(
                [String: Set<PavilionRegion>].self, forKey: .pavilionRegions) ?? [:])
    }

    /// Each category's zone tag, as the shipped venues use them.
    public static let defaultZonesByCategory: [ProductCategory: [String]] = [
        .agriFood: ["agri-food"],
        .beverages: ["agri-food", "beverages"],
        .herbal: ["herbal", "agri-food"],
        .handicraft: ["handicraft"],
        .ornamental: ["ornamental"],
        .tourismService: ["tourism", "services"],
    ]

    /// The policy with default rules.
    public static let standard = BoothAllocationPolicy()
}
