/// A kind of feature drawn on a venue's floor plan besides booths: zones, aisles and entrances.
public enum VenueFeatureKind: String, CaseIterable, Codable, Sendable {
    /// A zone (khu) grouping booths.
    case zone
    /// An aisle (lối đi).
    case aisle
    /// An entrance (lối vào).
    case entrance
}
