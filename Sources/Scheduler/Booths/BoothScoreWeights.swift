/// The weights of the booth plan's score components.
///
/// The total score is the sum of each component's raw value times its weight. The defaults make
/// placing booths dominate every soft preference: one more booth let is worth more than any
/// arrangement of the others.
public struct BoothScoreWeights: Hashable, Codable, Sendable {
    /// Per booth let to a party (plus a small bonus for parties served earlier).
    public var placement: Double
    /// Per booth in a zone the party's category, province or request prefers.
    public var zoning: Double
    /// Per wall (half per aisle faced) between two parties of one province, or half for one cluster.
    public var pavilion: Double
    /// Per wall (half per aisle faced) between two parties of different provinces selling one
    /// product set; counted against the plan.
    public var productClash: Double
    /// Per prime booth unit (a corner, a main-aisle front) times the party's merit.
    public var primeBooths: Double
    /// Per party moved (or dropped) against the published plan; counted against the plan.
    public var stability: Double

    /// Creates weights.
    public init(
        placement: Double = 100, zoning: Double = 5, pavilion: Double = 2, productClash: Double = 3,
        primeBooths: Double = 1, stability: Double = 30
    ) {
        self.placement = placement
        self.zoning = zoning
        self.pavilion = pavilion
        self.productClash = productClash
        self.primeBooths = primeBooths
        self.stability = stability
    }

    /// The weight of one component.
    public subscript(component: ScoreComponentKind) -> Double {
        switch component {
        case .placement: placement
        case .zoning: zoning
        case .pavilion: pavilion
        case .productClash: productClash
        case .primeBooths: primeBooths
        case .stability: stability
        }
    }
}
