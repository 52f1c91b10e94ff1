/// An exhibition hall: a rectangle of floor, in metres, holding booths.
public struct Hall: Hashable, Codable, Sendable, Identifiable {
    /// The hall's identifier, unique within a venue, e.g. `A`.
    public let id: String
    /// The hall's name, e.g. "Nhà A".
    public var name: String
    /// The width along x, in metres.
    public var width: Double
    /// The depth along y, in metres.
    public var depth: Double

    /// Creates a hall.
    public init(id: String, name: String, width: Double, depth: Double) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.width = width
        self.depth = depth
    }

    /// The hall's floor as a rectangle at the origin.
    public var floor: Rect { Rect(x: 0, y: 0, width: width, depth: depth) }
}
