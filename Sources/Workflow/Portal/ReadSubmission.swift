import Interchange
public import Planning
public import Store

/// What a cooperative sees through its submission's private link: what it registered and where
/// its registration stands (pending, confirmed, placed with its booths on the published plan, on
/// the waiting list with its position, or withdrawn).
public struct ReadSubmission: Sendable {
    /// A submission as its link shows it.
    public struct View: Sendable {
        /// The submission.
        public var submission: RegistrationSubmission
        /// The organisation registered.
        public var organisation: Organisation
        /// Its products, in registration order.
        public var products: [Product]
        /// Its delegates, in registration order.
        public var delegates: [Person]
        /// How its delegates attend.
        public var attendances: [Attendance]
        /// Its exhibiting party, when it asked for a booth.
        public var party: ExhibitingParty?
        /// The party's booth request.
        public var boothRequest: BoothRequest?
        /// The booths the latest published booth plan gives the party, in order.
        public var publishedBooths: [String]
        /// Its place on the waiting list (1 first), when waitlisted.
        public var waitingPosition: Int?
        /// What the public sees of the plan (for the floor plan and the programme).
        public var published: ReadPublishedPlan.Published
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The submission whose private link's token has `digest`, nil when there is none (or its
    /// organisation was removed).
    public func run(digest: String) throws -> View? {
        guard let submission = try store.submission(digest: digest) else { return nil }
        let published = try ReadPublishedPlan(store: store).run()
        let plan = published.plan
        guard let organisation = plan.organisations.first(where: { $0.id == submission.organisation }) else {
            return nil
        }
        let party = plan.parties.first { $0.kind == .organisation(organisation.id) }
        let delegates = plan.people.filter { $0.organisation == organisation.id }
        let delegateIDs = Set(delegates.map(\.id))
        let waiting = WaitingList.ordered(plan.parties)
        return View(
            submission: submission, organisation: organisation,
            products: plan.products.filter { $0.owner == organisation.id },
            delegates: delegates,
            attendances: plan.attendances.filter { delegateIDs.contains($0.person) },
            party: party,
            boothRequest: party.flatMap { party in plan.boothRequests.first { $0.party == party.id } },
            publishedBooths: party.map { party in
                plan.boothAssignments.filter { $0.party == party.id }.map(\.booth).sorted(
                    by: BoothCodes.naturalOrder)
            } ?? [],
            waitingPosition: party.flatMap { party in waiting.firstIndex { $0.id == party.id }.map { $0 + 1 }
            },
            published: published)
    }
}
