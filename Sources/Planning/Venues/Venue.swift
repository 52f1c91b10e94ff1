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

    /// Creates a venue.
    public init(
        id: Identifier<Venue>,
        name: String,
        address: String? = nil,
        province: ProvinceReference? = nil,
        halls: [Hall] = [],
        booths: [Booth] = [],
        rooms: [Room] = []
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.address = address.map(VietnameseText.normalized)
        self.province = province
        self.halls = halls
        self.booths = booths
        self.rooms = rooms
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
