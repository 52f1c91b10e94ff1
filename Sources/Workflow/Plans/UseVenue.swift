public import Interchange
public import Planning
public import Store

/// Reads a venue file (schema, then venue rules) and makes it the plan's venue; replacing a venue
/// is refused when booths of the current booth plan are not on the new one.
public struct UseVenue: Sendable {
    /// What changed.
    public struct Change: Sendable {
        /// The plan file's path.
        public var path: String
        /// The venue now in the plan.
        public var venue: Venue
        /// Warnings about the venue file.
        public var warnings: [VenueProblem]
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Reads `file` and sets it as the plan's venue.
    public func run(file: String, context: ChangeContext) throws -> Change {
        let read = try VenueReader.read(contentsOf: file)
        try store.journaling(context.note("venue use", subject: read.venue.name)).setVenue(read.venue)
        return Change(path: store.path, venue: read.venue, warnings: read.warnings)
    }
}
