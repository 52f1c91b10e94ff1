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
        event = plan.event
        findings = validator.validate(plan)
        roomNames = Dictionary((plan.venue?.rooms ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        let counts = RegistryCounts(plan)
        provinces = counts.provinces
        kinds = CategoryShare.shares(
            named: OrganisationKind.allCases.compactMap { kind in
                let count = plan.organisations.filter { $0.kind == kind }.count
                return count > 0 ? (BilingualText(PlanningMessage.organisationKind(kind)), count) : nil
            })
        categories = counts.categories
        stars = CategoryShare.shares(
            named: [3, 4, 5].map { (star: Int) -> (BilingualText, Int) in
                (
                    BilingualText(PlanningMessage.starRating(stars: star)),
                    plan.products.filter { $0.recognition?.stars == star }.count
                )
            } + [
                (
                    BilingualText(PlanningMessage.notRecognised),
                    plan.products.filter { !($0.recognition?.hasRecognisedStars ?? false) }.count
                )
            ])
        if let first = plan.event.firstDay {
            invalidCertificates =
                plan.products.filter {
                    guard let recognition = $0.recognition else { return false }
                    return !recognition.status(on: first).isValid
                }.count
        } else {
            invalidCertificates = 0
        }
        let active = plan.withoutWithdrawnRegistrations
        clusters = Self.clusterSummaries(active)
        boothsRequested = active.boothRequests.reduce(0) { $0 + max(0, $1.boothsWanted) }
        boothsAvailable = plan.venue?.lettableBooths.count
        connectionPoints = plan.connectionPoints.sorted {
            ($0.role == .main ? 0 : 1, VietnameseCollation.sortKey($0.name))
                < ($1.role == .main ? 0 : 1, VietnameseCollation.sortKey($1.name))
        }
        attendeesByPoint = plan.attendeesByConnectionPoint
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
