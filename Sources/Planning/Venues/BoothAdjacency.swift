/// Two booths that are neighbours on the floor plan, and how.
public struct BoothAdjacency: Hashable, Codable, Sendable {
    /// How two booths are neighbours.
    public enum Kind: String, Codable, Sendable {
        /// They share a wall: the wall can be removed to join them.
        case sharedWall = "shared-wall"
        /// Their open fronts face each other across an aisle.
        case facing
    }

    /// The first booth's code (the smaller in code order).
    public let first: String
    /// The second booth's code.
    public let second: String
    /// How they are neighbours.
    public let kind: Kind
    /// The width of the aisle between them, for facing booths; 0 for a shared wall.
    public let gap: Double

    /// Creates an adjacency; the codes are put in order.
    public init(_ a: String, _ b: String, kind: Kind, gap: Double = 0) {
        first = min(a, b)
        second = max(a, b)
        self.kind = kind
        self.gap = gap
    }
}
