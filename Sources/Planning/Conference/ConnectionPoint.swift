/// A connection point (điểm cầu) of a hybrid conference: a hall where people join over a video link.
public struct ConnectionPoint: Hashable, Codable, Sendable, Identifiable {
    /// The minutes technical staff must be on site before the first linked session, by default.
    public static let defaultLinkTestLeadMinutes = 60

    /// The point's identifier.
    public let id: Identifier<ConnectionPoint>
    /// The point's name, e.g. "Điểm cầu Liên minh HTX tỉnh Cà Mau".
    public var name: String
    /// Main or satellite.
    public var role: ConnectionPointRole
    /// The province the point is in.
    public var province: ProvinceReference
    /// The host unit, e.g. "Liên minh HTX tỉnh Cà Mau".
    public var host: String
    /// The person chairing at this point (chủ trì).
    public var chair: Identifier<Person>?
    /// Seats in the point's hall.
    public var hallCapacity: Int
    /// The one technical contact, who must have a phone number.
    public var technicalContact: Contact?
    /// When the point and its line are available; empty means the whole event.
    public var availability: [TimeRange]
    /// Minutes before its first linked session that the link test needs.
    public var linkTestLeadMinutes: Int

    /// Creates a connection point.
    public init(
        id: Identifier<ConnectionPoint>,
        name: String,
        role: ConnectionPointRole,
        province: ProvinceReference,
        host: String,
        chair: Identifier<Person>? = nil,
        hallCapacity: Int,
        technicalContact: Contact? = nil,
        availability: [TimeRange] = [],
        linkTestLeadMinutes: Int = defaultLinkTestLeadMinutes
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.role = role
        self.province = province
        self.host = VietnameseText.normalized(host)
        self.chair = chair
        self.hallCapacity = hallCapacity
        self.technicalContact = technicalContact
        self.availability = availability
        self.linkTestLeadMinutes = linkTestLeadMinutes
    }

    /// Whether the point is available for the whole span (always, when no availability is given).
    public func isAvailable(for range: TimeRange) -> Bool {
        availability.isEmpty || availability.contains { $0.contains(range) }
    }
}
