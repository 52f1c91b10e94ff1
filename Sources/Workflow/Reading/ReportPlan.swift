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

    /// The report of the plan as stored.
    public func run() throws -> Report {
        let plan = try store.loadPlan()
        let wanted = Dictionary(grouping: plan.boothRequests, by: \.party).mapValues {
            $0.reduce(0) { $0 + $1.boothsWanted }
        }
        let statuses = RegistrationStatus.allCases.map { status in
            let parties = plan.parties.filter { $0.registrationStatus == status }
            return StatusCount(
                status: status, parties: parties.count,
                booths: parties.reduce(0) { $0 + (wanted[$1.id] ?? 0) })
        }
        return Report(
            summary: PlanSummary(plan: plan), statuses: statuses,
            waitingList: WaitingList.ordered(plan.parties),
            versions: try PublicationKind.allCases.map { ($0, try store.publishedVersions(kind: $0)) })
    }
}
