/// An aisle of a hall: free floor visitors walk along, main or secondary.
public struct Aisle: Hashable, Codable, Sendable, Identifiable {
    /// The aisle's identifier, unique within a venue.
    public let id: String
    /// The hall the aisle is in.
    public var hall: String
    /// The aisle's floor.
    public var rect: Rect
    /// Whether this is a main aisle (lối đi chính), the frontage organisers give to top products.
    public var isMain: Bool

    /// Creates an aisle.
    public init(id: String, hall: String, rect: Rect, isMain: Bool = false) {
        self.id = id
        self.hall = hall
        self.rect = rect
        self.isMain = isMain
    }
}
