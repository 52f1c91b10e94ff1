/// The figures an alliance puts in its report about a plan: organisations by province and kind,
/// products by category, booths requested, clusters, connection points and findings.
public struct PlanSummary: Hashable, Codable, Sendable {
    /// The event.
    public let event: Event
    /// Organisations by province (Vietnamese order) and kind.
    public let provinces: [ProvinceRow]
    /// Organisations by kind, over all provinces.
    public let kinds: [CategoryShare]
    /// Products by summary category.
    public let categories: [CategoryShare]
    /// OCOP products by stars (3, 4, 5), then uncertified.
    public let stars: [CategoryShare]
    /// Products whose certificate is not valid on the event's first day.
    public let invalidCertificates: Int
    /// Registrations per cluster (parties without a cluster are grouped under "Khác", "Other");
    /// withdrawn parties are left out.
    public let clusters: [ClusterSummary]
    /// Booths requested in all, by parties not withdrawn.
    public let boothsRequested: Int
    /// Booths the venue can let, when a venue is set.
    public let boothsAvailable: Int?
    /// Connection points: one main and the satellites, in that order.
    public let connectionPoints: [ConnectionPoint]
    /// Attendees per connection point identifier; people on site count at the main point.
    public let attendeesByPoint: [Identifier<ConnectionPoint>: Int]
    /// Sessions on the programme, in time order (unscheduled last).
    public let sessions: [Session]
    /// Every validation finding.
    public let findings: [Finding]
    /// Room names by room identifier, from the venue.
    public let roomNames: [String: String]

    /// Computes the summary of a plan, validating it with the given validator.
    public init(plan: Plan, validator: PlanValidator = PlanValidator()) {
        var certificates = CertificateCounts(firstDay: plan.event.firstDay)
        for product in plan.products { certificates.count(product) }
        self.init(
            frame: plan, counts: RegistryCounts(plan), certificates: certificates,
            attendeesByPoint: plan.attendeesByConnectionPoint, findings: validator.validate(plan))
    }

    /// The summary of a plan whose registry was counted apart: `frame` holds the event and the
    /// fair's own tables (``PlanValidator/validate(frame:registry:eachProduct:)``), `counts` and
    /// `certificates` the registry's organisations and products, `attendeesByPoint` the people
    /// attending from each connection point, `findings` every finding.
    public init(
        frame plan: Plan, counts: RegistryCounts, certificates: CertificateCounts,
        attendeesByPoint: [Identifier<ConnectionPoint>: Int], findings: [Finding]
    ) {
        event = plan.event
        self.findings = findings
        roomNames = Dictionary((plan.venue?.rooms ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        provinces = counts.provinces
        kinds = CategoryShare.shares(
            named: OrganisationKind.allCases.compactMap { kind in
                let count = counts.organisationsByProvince.values.reduce(0) { $0 + ($1[kind] ?? 0) }
                return count > 0 ? (BilingualText(PlanningMessage.organisationKind(kind)), count) : nil
            })
        categories = counts.categories
        stars = certificates.shares
        invalidCertificates = certificates.invalidOnFirstDay
        let active = plan.withoutWithdrawnRegistrations
        clusters = Self.clusterSummaries(active)
        boothsRequested = active.boothRequests.reduce(0) { $0 + max(0, $1.boothsWanted) }
        boothsAvailable = plan.venue?.lettableBooths.count
        connectionPoints = plan.connectionPoints.sorted {
            ($0.role == .main ? 0 : 1, VietnameseCollation.sortKey($0.name))
                < ($1.role == .main ? 0 : 1, VietnameseCollation.sortKey($1.name))
        }
        self.attendeesByPoint = attendeesByPoint
        sessions = plan.sessions.sorted {
            switch ($0.start, $1.start) {
            case (let a?, let b?): (a, $0.id) < (b, $1.id)
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): $0.id < $1.id
            }
        }
    }

    /// Registrations grouped by the parties' cluster, in Vietnamese order of the clusters' names
    /// (parties of no cluster under the name "Khác"); the caller leaves withdrawn parties out.
    static func clusterSummaries(_ plan: Plan) -> [ClusterSummary] {
        let requests = Dictionary(grouping: plan.boothRequests, by: \.party)
        let products = Dictionary(plan.products.map { ($0.id, $0) }) { first, _ in first }
        let groups = Dictionary(grouping: plan.parties, by: \.cluster)
        let lookup = plan.lookup
        let other = PlanningMessage.otherCluster.text(.vietnamese)
        return groups.keys.sortedVietnamese { $0 ?? other }.map { cluster in
            let parties = groups[cluster] ?? []
            var organisations: Set<Identifier<Organisation>> = []
            var shown: Set<Identifier<Product>> = []
            var booths = 0
            var provinces: Set<String> = []
            for party in parties {
                if case .organisation(let id) = party.kind { organisations.insert(id) }
                if let province = lookup.province(of: party) { provinces.insert(province.officialName) }
                for request in requests[party.id] ?? [] {
                    organisations.formUnion(request.sharingOrganisations)
                    shown.formUnion(request.products)
                    booths += max(0, request.boothsWanted)
                }
            }
            return ClusterSummary(
                cluster: cluster, provinces: provinces.sortedVietnamese { $0 },
                organisations: organisations.count,
                products: shown.count, booths: booths,
                categories: shown.compactMap { products[$0] }.reduce(into: RegistryCounts()) { $0.count($1) }
                    .categories)
        }
    }

    /// Findings counted by severity.
    public var findingCounts: [Severity: Int] {
        Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
    }
}
