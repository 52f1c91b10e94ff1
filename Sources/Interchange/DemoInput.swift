public import Planning

/// What the demo shows: the sample plans (possibly allocated and scheduled), the floor plans to
/// draw and extra report sections.
public struct DemoInput: Sendable {
    /// A floor plan to write: file stem, venue and renderer (highlights, notes).
    public struct FloorPlan: Sendable {
        /// The file name without `.svg`.
        public var name: String
        /// The venue drawn.
        public var venue: Venue
        /// The renderer, with booths coloured and notes beside the plan.
        public var renderer: FloorPlanRenderer
        /// The party whose booths are marked (the others greyed), for a per-exhibitor view.
        public var highlighting: Identifier<ExhibitingParty>?

        /// Creates a floor plan to write.
        public init(
            name: String, venue: Venue, renderer: FloorPlanRenderer = FloorPlanRenderer(language: .default),
            highlighting: Identifier<ExhibitingParty>? = nil
        ) {
            self.name = name
            self.venue = venue
            self.renderer = renderer
            self.highlighting = highlighting
        }
    }

    /// The sample fair, in the national hall.
    public var fair: Plan
    /// The sample hybrid briefing, at the provincial conference centre.
    public var briefing: Plan
    /// The floor plans to write.
    public var floorPlans: [FloorPlan]
    /// Sections printed after the plan summaries (allocation, timetable).
    public var sections: [String]

    /// Creates the demo's input.
    init(fair: Plan, briefing: Plan, floorPlans: [FloorPlan], sections: [String] = []) {
        self.fair = fair
        self.briefing = briefing
        self.floorPlans = floorPlans
        self.sections = sections
    }

    /// The embedded samples in the shipped venues, with plain floor plans of both venues.
    public static func samples() throws -> DemoInput {
        let national = try VenueReader.loadBundled(named: DemoRunner.fairVenue).venue
        let centre = try VenueReader.loadBundled(named: DemoRunner.briefingVenue).venue
        var fair = SampleData.nationalFair()
        fair.venue = national
        var briefing = SampleData.hybridBriefing()
        briefing.venue = centre
        return DemoInput(
            fair: fair, briefing: briefing,
            floorPlans: [
                FloorPlan(name: national.id.rawValue, venue: national),
                FloorPlan(name: centre.id.rawValue, venue: centre),
            ])
    }
}
