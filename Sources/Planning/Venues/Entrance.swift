/// An entrance of a hall, on one of its walls.
public struct Entrance: Hashable, Codable, Sendable, Identifiable {
    /// The entrance's identifier, unique within a venue.
    public let id: String
    /// The name shown on the plan, such as "Cổng chính".
    public var name: String
    /// The hall the entrance opens into.
    public var hall: String
    /// The doorway's footprint (a thin rectangle on the wall).
    public var rect: Rect
    /// Whether visitors enter here (as opposed to a service or fire exit).
    public var isMain: Bool

    /// Creates an entrance.
    public init(id: String, name: String, hall: String, rect: Rect, isMain: Bool = false) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.hall = hall
        self.rect = rect
        self.isMain = isMain
    }
}
