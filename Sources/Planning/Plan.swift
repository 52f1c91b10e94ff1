/// Everything FairPlan knows about one event: the aggregate the validator, the scheduler, the
/// exports and the store work on.
public struct Plan: Hashable, Codable, Sendable {
    /// The event planned.
    public var event: Event
    /// The venue, once chosen.
    public var venue: Venue?
    /// Registered organisations.
    public var organisations: [Organisation]
    /// Registered products.
    public var products: [Product]
    /// People: delegates, speakers, chairs, contacts.
    public var people: [Person]
    /// Exhibiting parties (fairs).
    public var parties: [ExhibitingParty]
    /// Booth requests (fairs).
    public var boothRequests: [BoothRequest]
    /// Booth assignments of the current booth plan (fairs).
    public var boothAssignments: [BoothAssignment]
    /// Connection points (hybrid conferences).
    public var connectionPoints: [ConnectionPoint]
    /// Programme items (conferences).
    public var sessions: [Session]
    /// Who attends, from where, in what role.
    public var attendances: [Attendance]

    /// Creates a plan.
    public init(
        event: Event,
        venue: Venue? = nil,
        organisations: [Organisation] = [],
        products: [Product] = [],
        people: [Person] = [],
        parties: [ExhibitingParty] = [],
        boothRequests: [BoothRequest] = [],
        boothAssignments: [BoothAssignment] = [],
        connectionPoints: [ConnectionPoint] = [],
        sessions: [Session] = [],
        attendances: [Attendance] = []
    ) {
        self.event = event
        self.venue = venue
        self.organisations = organisations
        self.products = products
        self.people = people
        self.parties = parties
        self.boothRequests = boothRequests
        self.boothAssignments = boothAssignments
        self.connectionPoints = connectionPoints
        self.sessions = sessions
        self.attendances = attendances
    }

    /// The organisation with the given identifier.
    public func organisation(_ id: Identifier<Organisation>) -> Organisation? {
        organisations.first { $0.id == id }
    }

    /// The person with the given identifier.
    public func person(_ id: Identifier<Person>) -> Person? {
        people.first { $0.id == id }
    }

    /// The party with the given identifier.
    public func party(_ id: Identifier<ExhibitingParty>) -> ExhibitingParty? {
        parties.first { $0.id == id }
    }

    /// The connection point with the given identifier.
    public func connectionPoint(_ id: Identifier<ConnectionPoint>) -> ConnectionPoint? {
        connectionPoints.first { $0.id == id }
    }

    /// The province a party represents: the alliance's, or its organisation's.
    public func province(of party: ExhibitingParty) -> ProvinceReference? {
        switch party.kind {
        case .provincialAlliance(let province): province
        case .organisation(let id): organisation(id)?.province
        }
    }
}
