public import Planning

/// A named component of the booth plan's score.
///
/// Raw values are the stable keys used in JSON output.
public enum ScoreComponentKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// Booths let, with a bonus for parties served earlier (priority, then registration).
    case placement
    /// Parties whose block is not one straight run (a penalty): half for a compact 2 × n block,
    /// one for any other shape.
    case compactness
    /// Booths in zones the party's category, province or request prefers.
    case zoning
    /// Parties of one province side by side, as one pavilion.
    case pavilion
    /// Booths in a pavilion zone serving the region of the party's province (``PavilionRegion``),
    /// each worth 1 plus up to 1 for a party served earlier.
    case regionalPavilion = "regional-pavilion"
    /// Parties of one emulation cluster (of one province or two) side by side.
    case clusterGrouping = "cluster-grouping"
    /// Neighbours of different provinces, not of one cluster, selling the same OCOP product set (a
    /// penalty).
    case productClash = "product-clash"
    /// Corner and main-aisle booths given to the highest OCOP stars, then the earliest registrations.
    case primeBooths = "prime-booths"
    /// Parties moved against the published plan (a penalty).
    case stability

    /// The name shown in explanations, in `language`.
    public func name(in language: Language) -> String {
        SchedulerMessage.boothComponent(self).text(language)
    }

    /// Orders components in declaration order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
