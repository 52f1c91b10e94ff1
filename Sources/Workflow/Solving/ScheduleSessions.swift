public import Interchange
public import Planning
public import Scheduler
import Store

/// Timetables the sessions across rooms, people and connection points (link tests listed), keeping
/// close to the latest published programme (moving a session it holds costs `movedFromPublished`;
/// the working draft is not an anchor, so a timetable depends on the plan and the seed, never on
/// the runs before); with `publish`, saves the timetable and publishes the programme in one
/// transaction. An event with a timeslot grid (`Event.timeslots`) is timetabled
/// slot by slot (`GridTimetabler`), every rule a named grid component.
public struct ScheduleSessions: Sendable {
    /// The request.
    public struct Input: Sendable {
        /// The search's settings.
        public var search = SearchSettings()
        /// Save and publish the programme as the next version (a plan file only).
        public var publish = false
        /// The note of the published version.
        public var note: String?

        /// The default request.
        public init() {}
    }

    /// What the run did.
    public struct Outcome: Sendable {
        /// The timetable and the sessions not placed with their reasons.
        public var result: TimetableResult
        /// Whether the timetable was saved in the plan file.
        public var saved: Bool
        /// The published version, when published.
        public var publishedVersion: Int?
        /// The sample used because the folder has no plan file, if any.
        public var fallbackSample: SamplePlan?
    }

    /// Where the plan comes from.
    let source: PlanSource

    /// The use case on a plan source.
    public init(source: PlanSource) {
        self.source = source
    }

    /// Timetables, timing the search with `clock`, publishing at the context's time.
    public func run<C: Clock>(
        _ input: Input, context: ChangeContext, clock: C,
        progress: (@Sendable (TimetableProgress) -> Void)? = nil
    ) throws -> Outcome where C.Duration == Duration {
        if input.publish && source.sample != nil { throw WorkflowError.conflict(.publishNeedsPlanFile) }
        if input.publish && source.venue != nil { throw WorkflowError.conflict(.publishWithOtherVenue) }
        let limits = try input.search.limits()
        let loaded = try source.load(defaultSample: .briefing, access: .writing)
        let published = try Self.publishedPlacements(loaded)
        let result =
            loaded.plan.event.timeslots.isEmpty
            ? try Timetabler(seed: input.search.seed, limits: limits).solve(
                plan: loaded.plan, publishedProgramme: published,
                clock: clock,
                progress: progress)
            : try GridTimetabler(seed: input.search.seed, limits: limits).solve(
                plan: loaded.plan, publishedProgramme: published,
                clock: clock)
        var outcome = Outcome(
            result: result, saved: false, publishedVersion: nil, fallbackSample: loaded.fallbackSample)
        if let store = loaded.store, !loaded.replacedVenue {
            outcome.publishedVersion = try store.journaling(
                context.note("schedule sessions", subject: input.publish ? "publish" : nil)
            ).saveTimetable(
                loaded.plan.applying(result).sessions,
                publishing: input.publish ? (input.note, context.now) : nil)
            outcome.saved = true
        }
        return outcome
    }

    /// The placements of the latest published programme, the sessions moved from which cost
    /// `movedFromPublished`; none for a plan never published or a sample.
    static func publishedPlacements(_ loaded: PlanSource.Loaded) throws -> [SessionPlacement] {
        guard let store = loaded.store,
            let latest = try store.publishedVersions(kind: .programme).last?.number
        else { return [] }
        return SessionPlacement.programme(of: loaded.plan.showing(try store.publishedProgramme(latest)))
    }
}
