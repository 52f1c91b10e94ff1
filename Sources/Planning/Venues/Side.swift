/// A side of a booth on the floor plan (north is the top of the plan).
public enum Side: String, CaseIterable, Codable, Sendable {
    /// The top edge (smaller y).
    case north
    /// The right edge (larger x).
    case east
    /// The bottom edge (larger y).
    case south
    /// The left edge (smaller x).
    case west

    /// The side facing this one.
    public var opposite: Side {
        switch self {
        case .north: .south
        case .south: .north
        case .east: .west
        case .west: .east
        }
    }
}
