public import Planning
public import Store

/// The plan as the public sees it: the registrations as they are now, with the latest published
/// booth plan's assignments and the latest published programme's sessions (rooms and starts as
/// sent) in place of the working plan's, with the connection points and people those sessions
/// name even when removed since (``Planning/Plan/showing(_:)``).
///
/// When nothing of a kind is published, the public sees nothing of it: no booths and no
/// sessions, never the unpublished working plan. The exports' `--draft` asks for the working plan
/// instead; the portal never does.
public struct ReadPublishedPlan: Sendable {
    /// What the public sees.
    public struct Published: Sendable {
        /// The plan, with only published booths and sessions.
        public var plan: Plan
        /// The latest published version of each kind, when there is one.
        public var versions: [PublicationKind: PublishedVersion]
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Reads the plan and its latest publications.
    public func run() throws -> Published {
        var plan = try store.loadPlan()
        var versions: [PublicationKind: PublishedVersion] = [:]
        for kind in PublicationKind.allCases {
            let latest = try store.publishedVersions(kind: kind).last
            switch kind {
            case .boothPlan:
                plan.boothAssignments =
                    try latest.map { try store.publishedBoothPlan($0.number).assignments } ?? []
            case .programme:
                if let latest {
                    plan = plan.showing(try store.publishedProgramme(latest.number))
                } else {
                    plan.sessions = []
                }
            }
            versions[kind] = latest
        }
        return Published(plan: plan, versions: versions)
    }
}
