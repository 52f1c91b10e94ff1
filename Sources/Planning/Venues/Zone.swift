/// A zone of a hall: a provincial pavilion, a category area, a food court, services, a stage.
public struct Zone: Hashable, Codable, Sendable, Identifiable {
    /// The zone's identifier, unique within a venue; booths name it in `Booth.zone`.
    public let id: String
    /// The name shown on the plan, such as "Khu gian hàng OCOP 4–5 sao".
    public var name: String
    /// The hall the zone is in.
    public var hall: String
    /// Tags the allocator and the plan use: `province-pavilion`, `agri-food`, `handicraft`,
    /// `ocop`, `food`, `services`, `stage`, ...
    public var tags: Set<String>
    /// The zone's outline on the floor, when drawn.
    public var area: Rect?

    /// Creates a zone.
    public init(id: String, name: String, hall: String, tags: Set<String> = [], area: Rect? = nil) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.hall = hall
        self.tags = tags
        self.area = area
    }
}
