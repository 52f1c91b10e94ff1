public import Planning

/// The embedded sample plans, by name, for commands that run before plan files exist.
public enum SamplePlan: String, CaseIterable, Sendable {
    /// The national fair, held in the shipped national fair hall.
    case fair
    /// The hybrid briefing, at the shipped provincial conference centre.
    case briefing

    /// The plan, with its shipped venue when it loads.
    public var plan: Plan {
        switch self {
        case .fair:
            var plan = SampleData.nationalFair()
            plan.venue = try? VenueReader.loadBundled(named: DemoRunner.fairVenue).venue
            return plan
        case .briefing:
            var plan = SampleData.hybridBriefing()
            if let venue = try? VenueReader.loadBundled(named: DemoRunner.briefingVenue).venue {
                plan.venue = venue
            }
            return plan
        }
    }
}
