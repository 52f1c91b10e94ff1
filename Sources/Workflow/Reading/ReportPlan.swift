public import Planning
public import Store

/// The plan's summary as an alliance puts it in its report (organisations by province and kind,
/// products by category, booths requested per cluster, connection points and programme, every
/// finding), with the registrations by status, the waiting list in order and the versions
/// published. Withdrawn registrations have their row among the statuses and count in no total or
/// summary.
public struct ReportPlan: Sendable {
    /// The registrations of one status.
    public struct StatusCount: Sendable {
        /// The status.
        public var status: RegistrationStatus
        /// Parties with it.
        public var parties: Int
        /// Booths they asked for.
        public var booths: Int
    }

    /// The report.
    public struct Report: Sendable {
        /// The summary of the plan.
        public var summary: PlanSummary
        /// Registrations by status, every status in order (withdrawn included: its own row).
        public var statuses: [StatusCount]
        /// The waiting list in serving order.
        public var waitingList: [ExhibitingParty]
        /// The versions published, by kind (every kind present, possibly empty).
        public var versions: [(kind: PublicationKind, versions: [PublishedVersion])]
        /// The most findings to show in full, checked against ``InputLimits/findings``.
        public var findingLimit = 12

        /// The parties and the booths they ask for, withdrawn registrations left out (a withdrawal
        /// is final: it counts in its own row, in no total).
        public var total: (parties: Int, booths: Int) {
            statuses.filter(\.status.isActive).reduce((0, 0)) { ($0.0 + $1.parties, $0.1 + $1.booths) }
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The report of the plan as stored, read in one snapshot: the fair's own tables whole, the
    /// registry counted by the database and validated row by row
    /// (``PlanValidator/validate(frame:registry:eachProduct:)``), so a national registry is
    /// reported on in the memory its fair and its findings need.
    ///
    /// `findingLimit` (the findings shown in full) is refused outside ``InputLimits/findings``
    /// before anything is read, as `fairplan demo` refuses it.
    public func run(findingLimit: Int = 12) throws -> Report {
        let findingLimit = try WrittenValue.integer(findingLimit, field: .findings, in: InputLimits.findings)
        // Read before the snapshot: the store's reads are not reentrant.
        let versions = try PublicationKind.allCases.map { ($0, try store.publishedVersions(kind: $0)) }
        return try store.snapshot { snapshot in
            let frame = try snapshot.frame()
            var counts = RegistryCounts()
            try snapshot.countRegistry(into: &counts)
            var certificates = CertificateCounts(firstDay: frame.event.firstDay)
            let registry = snapshot.registry
            let findings = try PlanValidator().validate(frame: frame, registry: registry) {
                certificates.count($0)
            }
            let attendees = frame.attendeesByConnectionPoint(
                places: try registry.attendanceCounts(of: frame.event.id))
            let summary = PlanSummary(
                frame: frame, counts: counts, certificates: certificates, attendeesByPoint: attendees,
                findings: findings)
            var report = Self.report(summary: summary, frame: frame, versions: versions)
            report.findingLimit = findingLimit
            return report
        }
    }

    /// The report of a plan in memory (its summary, statuses and waiting list), with the versions
    /// published.
    public static func report(
        of plan: Plan, versions: [(kind: PublicationKind, versions: [PublishedVersion])]
    ) -> Report {
        report(summary: PlanSummary(plan: plan), frame: plan, versions: versions)
    }

    /// The report of a summary, with the statuses and the waiting list of `frame`'s parties.
    static func report(
        summary: PlanSummary, frame: Plan, versions: [(kind: PublicationKind, versions: [PublishedVersion])]
    ) -> Report {
        let wanted = Dictionary(grouping: frame.boothRequests, by: \.party).mapValues {
            $0.reduce(0) { $0 + $1.boothsWanted }
        }
        let statuses = RegistrationStatus.allCases.map { status in
            let parties = frame.parties.filter { $0.registrationStatus == status }
            return StatusCount(
                status: status, parties: parties.count,
                booths: parties.reduce(0) { $0 + (wanted[$1.id] ?? 0) })
        }
        return Report(
            summary: summary, statuses: statuses, waitingList: WaitingList.ordered(frame.parties),
            versions: versions)
    }
}
