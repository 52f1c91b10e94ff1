/// The weights of the booth plan's score components.
///
/// The total score is the sum of each component's raw value times its weight. The defaults make
/// placing booths dominate every soft preference: one more booth let is worth more than any
/// arrangement of the others, and more than bending the blocks of up to four parties; a straight
/// run is worth more than a corner or main-aisle booth for any merit. Weights missing from a
/// decoded policy take their defaults.
public struct BoothScoreWeights: Hashable, Codable, Sendable {
    /// Per booth let to a party, plus up to half as much again per booth for parties served
    /// earlier.
    public var placement: Double
    /// Per party whose block is not a straight run (half for a compact 2 × n block); counted
    /// against the plan.
    public var compactness: Double
    /// Per booth in a zone the party's category, province or request prefers.
    public var zoning: Double
    /// Per wall (half per aisle faced) between two parties of one province, on top of cluster
    /// grouping: a wall within a province is worth more than one between two provinces of its
    /// cluster, so each province's parties stand together.
    public var pavilion: Double
    /// Per booth in a pavilion zone serving the region of the party's province, times 1 to 2 (more
    /// for parties served earlier): strong enough that a province's parties stand in their
    /// region's pavilion whenever it has room, before any preference but a booth let.
    public var regionalPavilion: Double
    /// Per wall (half per aisle faced) between two parties of one emulation cluster (of one
    /// province or two), so a cluster's provinces stand side by side.
    public var clusterGrouping: Double
    /// Per wall (half per aisle faced) between two parties of different provinces (and not of one
    /// cluster) selling one product set; counted against the plan.
    public var productClash: Double
    /// Per prime booth unit (a corner, a main-aisle front) times the party's merit.
    public var primeBooths: Double
    /// Per party moved (or dropped) against the published plan; counted against the plan.
    public var stability: Double

    /// Creates weights.
    public init(
        placement: Double = 100, compactness: Double = 20, zoning: Double = 5, pavilion: Double = 2,
        regionalPavilion: Double = 10, clusterGrouping: Double = 10, productClash: Double = 3,
        primeBooths: Double = 1, stability: Double = 30
    ) {
        self.placement = placement
        self.compactness = compactness
        self.zoning = zoning
        self.pavilion = pavilion
        self.regionalPavilion = regionalPavilion
        self.clusterGrouping = clusterGrouping
        self.productClash = productClash
        self.primeBooths = primeBooths
        self.stability = stability
    }

    /// The weight of one component.
    public subscript(component: ScoreComponentKind) -> Double {
        switch component {
        case .placement: placement
        case .compactness: compactness
        case .zoning: zoning
        case .pavilion: pavilion
        case .regionalPavilion: regionalPavilion
        case .clusterGrouping: clusterGrouping
        case .productClash: productClash
        case .primeBooths: primeBooths
        case .stability: stability
        }
    }

    enum CodingKeys: String, CodingKey {
        case placement, compactness, zoning, pavilion, regionalPavilion, clusterGrouping, productClash,
            primeBooths
        case stability
    }

    /// Decodes weights; a missing weight takes its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = BoothScoreWeights()
        func weight(_ key: CodingKeys, _ fallback: Double) throws -> Double {
            try container.decodeIfPresent(Double.self, forKey: key) ?? fallback
        }
        self.init(
            placement: try weight(.placement, defaults.placement),
            compactness: try weight(.compactness, defaults.compactness),
            zoning: try weight(.zoning, defaults.zoning), pavilion: try weight(.pavilion, defaults.pavilion),
            regionalPavilion: try weight(.regionalPavilion, defaults.regionalPavilion),
            clusterGrouping: try weight(.clusterGrouping, defaults.clusterGrouping),
            productClash: try weight(.productClash, defaults.productClash),
            primeBooths: try weight(.primeBooths, defaults.primeBooths),
            stability: try weight(.stability, defaults.stability))
    }
}
