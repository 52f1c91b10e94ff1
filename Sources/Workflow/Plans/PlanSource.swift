public import Interchange
public import Planning
public import Store

/// Where a planning request takes its plan from: a plan file (named, or the single `*.fairplan`
/// of the folder), an embedded sample, or, when the folder has no plan file, a default sample;
/// optionally with another venue for this run only.
public struct PlanSource: Sendable {
    /// The plan file named (`--plan`), if any.
    public var plan: String?
    /// The embedded sample asked for, if any.
    public var sample: SamplePlan?
    /// A venue file to use instead of the plan's venue (the plan file is not changed).
    public var venue: String?
    /// The folder searched for a plan file when none is named.
    public var folder: String

    /// A source.
    public init(plan: String? = nil, sample: SamplePlan? = nil, venue: String? = nil, folder: String) {
        self.plan = plan
        self.sample = sample
        self.venue = venue
        self.folder = folder
    }

    /// A plan loaded from a source.
    public struct Loaded: Sendable {
        /// The plan.
        public var plan: Plan
        /// The plan file, when the plan came from one.
        public var store: PlanStore?
        /// Whether the venue was replaced for this run (results are then not saved).
        public var replacedVenue: Bool
        /// The sample used because the folder has no plan file (nil when asked or from a file).
        public var fallbackSample: SamplePlan?
    }

    /// The plan file the source names (or the folder's one), opened for `access` without reading
    /// the plan; nil when the source is a sample, replaces the venue, or finds no plan file.
    public func openStore(access: PlanAccess) throws -> PlanStore? {
        if plan != nil && sample != nil { throw WorkflowError.conflict(.planAndSample) }
        guard sample == nil, venue == nil,
            let path = try PlanLocation.resolveIfPresent(explicit: plan, folder: folder)
        else { return nil }
        return try PlanStore.open(at: path, for: access)
    }

    /// Loads the plan; without a plan file or sample, `defaultSample` (said in the result). A
    /// plan file is opened for `access`: read-only when the caller only reads it.
    public func load(defaultSample: SamplePlan, access: PlanAccess) throws -> Loaded {
        if plan != nil && sample != nil { throw WorkflowError.conflict(.planAndSample) }
        var loaded: Loaded
        if let sample {
            loaded = Loaded(plan: sample.plan, store: nil, replacedVenue: false, fallbackSample: nil)
        } else if let path = try PlanLocation.resolveIfPresent(explicit: plan, folder: folder) {
            let store = try PlanStore.open(at: path, for: venue == nil ? access : .reading)
            loaded = Loaded(
                plan: try store.loadPlan(), store: store, replacedVenue: false, fallbackSample: nil)
        } else {
            loaded = Loaded(
                plan: defaultSample.plan, store: nil, replacedVenue: false, fallbackSample: defaultSample)
        }
        if let venue {
            loaded.plan.venue = try VenueReader.read(contentsOf: venue).venue
            loaded.replacedVenue = true
        }
        return loaded
    }
}
