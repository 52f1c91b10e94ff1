public import Interchange
public import Planning
public import Scheduler
import Store

/// Gives exhibiting parties their booths: hard rules kept, soft ones scored by component, every
/// party not placed listed with its reason and its place on the waiting list; with `publish`, the
/// booth plan is saved, the parties not placed waitlisted and the next version published, in one
/// transaction.
///
/// Who takes part is Scheduler's rule (``BoothAllocationScope``): never a withdrawn party; on a plan
/// file only confirmed registrations (booths held for pending ones stay theirs); on a sample every
/// registration. A cluster run keeps the other clusters' booths.
public struct AllocateBooths: Sendable {
    /// The request.
    public struct Input: Sendable {
        /// Only the parties of this emulation cluster (named as `PlanResolver/cluster(_:)` reads it).
        public var cluster: String?
        /// The search's settings.
        public var search = SearchSettings()
        /// Save and publish the result as the next version (a plan file only).
        public var publish = false
        /// The note of the published version.
        public var note: String?
        /// Write the coloured floor plan here.
        public var svg: String?
        /// Mark this party's booths on the floor plan and grey the others (as written, resolved
        /// like `PlanResolver/party(_:)`).
        public var party: String?
        /// The language of the floor plan's words.
        public var language: Language = .default
        /// Also work out the upper bound no booth plan of this problem can exceed
        /// (``BoothUpperBound``), so the account says how far the plan is from it (`--explain`).
        public var upperBound = false

        /// The default request.
        public init() {}
    }

    /// What the run did.
    public struct Outcome: Sendable {
        /// The allocation.
        public var allocation: BoothAllocation
        /// Parties left out because their registration is pending.
        public var pendingLeftOut: [String]
        /// Registration statuses changed by saving (names), when saved.
        public var statusChanges: [(party: String, status: RegistrationStatus)]
        /// Whether the result was saved in the plan file.
        public var saved: Bool
        /// The published version, when published.
        public var publishedVersion: Int?
        /// The floor plan written, if asked.
        public var svgPath: String?
        /// What became of a PNG or PDF floor plan asked for (`--svg plan.png`), when one was.
        public var picture: FloorPlanConverter.Outcome?
        /// The sample used because the folder has no plan file, if any.
        public var fallbackSample: SamplePlan?
        /// The upper bound on the total score, when asked for (``Input/upperBound``).
        public var upperBound: BoothUpperBound?
    }

    /// Where the plan comes from.
    let source: PlanSource

    /// The use case on a plan source.
    public init(source: PlanSource) {
        self.source = source
    }

    /// Allocates, timing the search with `clock`, publishing at the context's time; `progress` hears from the
    /// search now and then. The time limit only guards the run: when it cuts the search short,
    /// ``Outcome/allocation`` says so (``BoothAllocation/isRepeatable`` is false) and the result may
    /// not repeat for the seed.
    public func run<C: Clock>(
        _ input: Input, context: ChangeContext, clock: C,
        progress: (@Sendable (AllocationProgress) -> Void)? = nil
    ) throws -> Outcome where C.Duration == Duration {
        if input.publish && source.sample != nil { throw WorkflowError.conflict(.publishNeedsPlanFile) }
        if input.publish && source.venue != nil { throw WorkflowError.conflict(.publishWithOtherVenue) }
        let limits = try input.search.limits()
        let loaded = try source.load(defaultSample: .fair, access: .writing)
        let highlighted = try input.party.map { try PlanResolver(plan: loaded.plan).party($0).id }
        let restriction = try input.cluster.map { written in
            let cluster = try PlanResolver(plan: loaded.plan).cluster(written)
            return Set(loaded.plan.parties.filter { $0.cluster == cluster }.map(\.id))
        }
        let scope = BoothAllocationScope(
            plan: loaded.plan, eligibility: loaded.store == nil ? .allRegistered : .confirmedOnly,
            restrictedTo: restriction)
        let problem = try BoothAllocationProblem(scope: scope)
        let allocation = BoothAllocator.allocate(
            problem, seed: input.search.seed, limits: limits, clock: clock, progress: progress)
        var outcome = Outcome(
            allocation: allocation, pendingLeftOut: scope.pendingParties.map(\.name), statusChanges: [],
            saved: false,
            publishedVersion: nil, svgPath: nil, picture: nil, fallbackSample: loaded.fallbackSample)
        if input.upperBound { outcome.upperBound = BoothUpperBound(problem: problem) }
        if let store = loaded.store, !loaded.replacedVenue {
            let result = try store.journaling(
                context.note("allocate booths", subject: input.publish ? "publish" : nil)
            ).saveBoothPlan(
                scope.assignments(toSave: allocation), waitlisting: allocation.unplaced.map(\.party),
                publishing: input.publish ? (input.note, context.now) : nil)
            outcome.saved = true
            outcome.publishedVersion = result.version
            outcome.statusChanges = result.changed.sorted { $0.key < $1.key }.map { id, status in
                (loaded.plan.party(id)?.name ?? id.rawValue, status)
            }
        }
        if let svg = input.svg {
            outcome.picture = try AllocationFloorPlan.write(
                allocation, of: scope.plan, to: svg, language: input.language, party: highlighted,
                version: outcome.publishedVersion,
                publishedAt: outcome.publishedVersion.map { _ in context.now })
            if case .written = outcome.picture ?? .written(path: svg) {
                outcome.svgPath = svg
            } else {
                outcome.svgPath = String(svg.dropLast(4)) + ".svg"
            }
        }
        return outcome
    }
}
