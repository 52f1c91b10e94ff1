/// A booth (gian hàng) on a hall's floor plan.
public struct Booth: Hashable, Codable, Sendable, Identifiable {
    /// The booth code as printed on the fascia, e.g. `A-01`; unique within a venue.
    public let code: String
    /// The hall the booth stands in.
    public var hall: String
    /// The footprint in metres.
    public var rect: Rect
    /// The booth's shape.
    public var kind: BoothKind
    /// The sides open to an aisle; the first-listed front is the fascia side.
    public var openSides: Set<Side>
    /// The side with the fascia, facing the aisle visitors walk.
    public var front: Side
    /// The zone the booth belongs to, when zoned.
    public var zone: String?
    /// Zone tags (province-pavilion, agri-food, handicraft, ocop, food, services, ...).
    public var tags: Set<String>
    /// Services available at the booth.
    public var services: Set<BoothService>
    /// Whether the booth is blocked (pillar, fire exit, organiser's use) and may not be let.
    public var blocked: Bool

    /// The booth's identifier: its code.
    public var id: String { code }

    /// Creates a booth; open sides default from the kind (front only for a standard booth).
    public init(
        code: String,
        hall: String,
        rect: Rect,
        kind: BoothKind = .standard,
        front: Side = .south,
        openSides: Set<Side>? = nil,
        zone: String? = nil,
        tags: Set<String> = [],
        services: Set<BoothService> = [],
        blocked: Bool = false
    ) {
        self.code = VietnameseText.normalized(code)
        self.hall = hall
        self.rect = rect
        self.kind = kind
        self.front = front
        self.openSides =
            openSides
            ?? {
                switch kind {
                case .standard: [front]
                case .corner: [front, front == .north || front == .south ? .east : .south]
                case .island, .rawSpace: Set(Side.allCases)
                }
            }()
        self.zone = zone
        self.tags = tags
        self.services = services
        self.blocked = blocked
    }

    /// The number of standard 3 m × 3 m units the booth covers, rounded to the nearest unit.
    public var standardUnits: Int { max(1, Int((rect.area / 9).rounded())) }
}
