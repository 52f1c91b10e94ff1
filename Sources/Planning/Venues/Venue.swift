/// A place where fairs and conferences happen: halls with booths, and meeting rooms.
public struct Venue: Hashable, Codable, Sendable, Identifiable {
    /// The venue's identifier.
    public let id: Identifier<Venue>
    /// The venue's name, e.g. "Trung tâm Hội nghị Tỉnh".
    public var name: String
    /// The postal address.
    public var address: String?
    /// The province the venue is in.
    public var province: ProvinceReference?
    /// The exhibition halls.
    public var halls: [Hall]
    /// The booths of all halls.
    public var booths: [Booth]
    /// The meeting rooms.
    public var rooms: [Room]
    /// Zones of the halls.
    public var zones: [Zone]
    /// Aisles of the halls.
    public var aisles: [Aisle]
    /// Entrances of the halls.
    public var entrances: [Entrance]

    /// Creates a venue.
    public init(
        id: Identifier<Venue>,
        name: String,
        address: String? = nil,
        province: ProvinceReference? = nil,
        halls: [Hall] = [],
        booths: [Booth] = [],
        rooms: [Room] = [],
        zones: [Zone] = [],
        aisles: [Aisle] = [],
        entrances: [Entrance] = []
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.address = address.map(VietnameseText.normalized)
        self.province = province
        self.halls = halls
        self.booths = booths
        self.rooms = rooms
        self.zones = zones
        self.aisles = aisles
        self.entrances = entrances
    }

    /// The zone with the given identifier.
    public func zone(id: String) -> Zone? {
        zones.first { $0.id == id }
    }

    /// Whether one of the booth's open sides fronts a main aisle (touches it along the side).
    public func frontsMainAisle(_ booth: Booth) -> Bool {
        aisles.contains { aisle in
            aisle.isMain && aisle.hall == booth.hall
                && booth.openSides.contains { side in
                    Self.touches(booth.rect, side: side, aisle.rect)
                }
        }
    }

    /// Whether a rectangle's side lies along another rectangle's edge over some length.
    static func touches(_ rect: Rect, side: Side, _ other: Rect) -> Bool {
        let t = Rect.tolerance
        let xOverlap = rect.overlapLength(rect.x, rect.maxX, other.x, other.maxX) > t
        let yOverlap = rect.overlapLength(rect.y, rect.maxY, other.y, other.maxY) > t
        switch side {
        case .north: return abs(rect.y - other.maxY) < t && xOverlap
        case .south: return abs(rect.maxY - other.y) < t && xOverlap
        case .west: return abs(rect.x - other.maxX) < t && yOverlap
        case .east: return abs(rect.maxX - other.x) < t && yOverlap
        }
    }

    /// The booth with the given code.
    public func booth(code: String) -> Booth? {
        booths.first { $0.code == code }
    }

    /// The room with the given identifier.
    public func room(id: String) -> Room? {
        rooms.first { $0.id == id }
    }

    /// The booths that may be let: not blocked.
    public var lettableBooths: [Booth] { booths.filter { !$0.blocked } }
}
