public import Planning

/// What a filled registration template yields: new organisations, products, people and how they
/// attend, exhibiting parties with their booth requests, ready to add to a plan, and, with
/// `--update`, the plan's entities that rows change.
public struct RegistrationBatch: Hashable, Sendable, Codable {
    /// How a delegate attends, as written (connection points are resolved against a plan on import).
    public struct Attendee: Hashable, Sendable, Codable {
        /// The person.
        public var person: Identifier<Person>
        /// The role at the event.
        public var role: Attendance.Role
        /// The connection point's name as written, or nil for on site.
        public var connectionPoint: String?

        /// Creates an attendee.
        public init(person: Identifier<Person>, role: Attendance.Role, connectionPoint: String?) {
            self.person = person
            self.role = role
            self.connectionPoint = connectionPoint
        }
    }

    /// The organisations, in sheet order.
    public var organisations: [Organisation]
    /// The products, in sheet order.
    public var products: [Product]
    /// The people, in sheet order.
    public var people: [Person]
    /// How each person attends: every new person, and people of the plan whose attendance a row
    /// changes or adds.
    public var attendees: [Attendee]
    /// Organisations of the plan with the changes rows write (only with `--update`).
    public var updatedOrganisations: [Organisation] = []
    /// Products of the plan with the changes rows write (only with `--update`).
    public var updatedProducts: [Product] = []
    /// People of the plan with the changes rows write (only with `--update`).
    public var updatedPeople: [Person] = []
    /// New exhibiting parties, pending, in sheet order (the import stamps when they registered).
    public var parties: [ExhibitingParty] = []
    /// The booth requests of the new parties, in the same order.
    public var boothRequests: [BoothRequest] = []
    /// Parties of the plan with the changes rows write (only with `--update`); their registration
    /// status is kept.
    public var updatedParties: [ExhibitingParty] = []
    /// Booth requests of the plan with the changes rows write, or added to a party of the plan
    /// without one (only with `--update`).
    public var updatedBoothRequests: [BoothRequest] = []

    /// Creates a batch.
    public init(
        organisations: [Organisation] = [], products: [Product] = [], people: [Person] = [],
        attendees: [Attendee] = []
    ) {
        self.organisations = organisations
        self.products = products
        self.people = people
        self.attendees = attendees
    }

    /// Whether the batch adds nothing new.
    public var addsNothing: Bool {
        organisations.isEmpty && products.isEmpty && people.isEmpty && parties.isEmpty
    }

    /// Whether the batch changes nothing in a plan: nothing new, nothing updated, no attendance.
    public var isEmpty: Bool {
        addsNothing && attendees.isEmpty && updatedOrganisations.isEmpty && updatedProducts.isEmpty
            && updatedPeople.isEmpty && updatedParties.isEmpty && updatedBoothRequests.isEmpty
    }
}

extension RegistrationBatch {
    /// The plan's connection point a written name stands for, as ``PlanResolver`` finds it: its
    /// identifier, its name with or without «Điểm cầu», or its province; nil when none or several.
    public static func connectionPoint(named written: String, in plan: Plan) -> ConnectionPoint? {
        try? PlanResolver(plan: plan).connectionPoint(written)
    }

    /// The attendances of the batch's delegates at a plan's event, with their connection points
    /// resolved in that plan (on site when the name is not found).
    public func attendances(in plan: Plan) -> [Attendance] {
        attendees.map { attendee in
            let place =
                attendee.connectionPoint.flatMap { Self.connectionPoint(named: $0, in: plan) }
                .map { Attendance.Place.connectionPoint($0.id) } ?? .onSite
            return Attendance(
                person: attendee.person, event: plan.event.id, place: place, role: attendee.role)
        }
    }
}
