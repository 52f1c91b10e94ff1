public import Interchange
public import Planning
public import Scheduler
import Store

/// Timetables the sessions across rooms, people and connection points (link tests listed), keeping
/// close to the programme the plan already has; with `publish`, saves the timetable and publishes
/// the programme in one transaction. An event with a timeslot grid (`Event.timeslots`) is timetabled
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
        let result =
            loaded.plan.event.timeslots.isEmpty
            ? try Timetabler(seed: input.search.seed, limits: limits).solve(
                plan: loaded.plan, publishedProgramme: SessionPlacement.programme(of: loaded.plan),
                clock: clock,
                progress: progress)
            : try GridTimetabler(seed: input.search.seed, limits: limits).solve(
                plan: loaded.plan, publishedProgramme: SessionPlacement.programme(of: loaded.plan),
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
}
