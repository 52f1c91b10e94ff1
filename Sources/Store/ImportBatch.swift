public import Planning

/// What one registration template (or any import) yields, written all-or-nothing by
/// ``PlanStore/importBatch(_:replacingExisting:)``.
///
/// Entities may refer to each other and to what the plan already holds: a product to an
/// organisation of the same batch, an attendance to a person of the batch.
public struct ImportBatch: Hashable, Sendable {
    /// Organisations.
    public var organisations: [Organisation]
    /// Products.
    public var products: [Product]
    /// People.
    public var people: [Person]
    /// Connection points.
    public var connectionPoints: [ConnectionPoint]
    /// Attendances.
    public var attendances: [Attendance]
    /// Exhibiting parties.
    public var parties: [ExhibitingParty]
    /// Booth requests.
    public var boothRequests: [BoothRequest]

    /// Creates a batch.
    public init(
        organisations: [Organisation] = [],
        products: [Product] = [],
        people: [Person] = [],
        connectionPoints: [ConnectionPoint] = [],
        attendances: [Attendance] = [],
        parties: [ExhibitingParty] = [],
        boothRequests: [BoothRequest] = []
    ) {
        self.organisations = organisations
        self.products = products
        self.people = people
        self.connectionPoints = connectionPoints
        self.attendances = attendances
        self.parties = parties
        self.boothRequests = boothRequests
    }
}
