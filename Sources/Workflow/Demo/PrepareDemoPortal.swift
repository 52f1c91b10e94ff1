public import Planning
import Scheduler
import Store

/// The demo's plans ready for the portal (`fairplan serve --demo`): the demo is run into its
/// folder (`Exports/demo/` by default), then the organisers' decisions that make both plans
/// publishable are taken through the same use cases as on the command line, and both are
/// published:
/// - the fair's booth plan is published as allocated;
/// - the briefing's opening could not be placed (Sơn La's hall opens at 07:30, too late for its
///   60-minute link test before 08:00), so Sơn La's link test is shortened to 30 minutes
///   (`fairplan edit point dc-son-la --link-test 30`), the sessions are timetabled again with the
///   demo's seed and the programme is published (`fairplan schedule --publish`).
public struct PrepareDemoPortal: Sendable {
    /// The plan files to serve.
    public struct Prepared: Sendable {
        /// The fair (booth plan published).
        public var fairPlanFile: String
        /// The briefing (programme published).
        public var briefingPlanFile: String
        /// The published versions: the fair's booth plan and the briefing's programme (nil when
        /// a check refused to publish).
        public var published: (booths: Int?, programme: Int?)
    }

    /// The connection point whose link test the organisers shorten, and to how many minutes.
    static let shortenedLinkTest = (point: "dc-son-la", minutes: 30)

    /// The use case.
    public init() {}

    /// Runs the demo into `outputFolder` and publishes its plans at the context's time.
    public func run<C: Clock>(
        outputFolder: String?, language: Language, context: ChangeContext, version: String, clock: C
    ) throws -> Prepared where C.Duration == Duration {
        let demo = try RunDemo().run(
            findingLimit: 1, outputFolder: outputFolder, language: language, now: context.now,
            version: version,
            clock: clock)
        let note = WorkflowMessage.demoPublication.text(language)
        let booths = try PublishPlan(store: try PlanStore.open(at: demo.fairPlanFile)).booths(
            note: note, context: context)
        var edit = EditPoint.Input(subject: Self.shortenedLinkTest.point)
        edit.linkTest = Self.shortenedLinkTest.minutes
        _ = try EditPoint(store: try PlanStore.open(at: demo.briefingPlanFile)).run(edit, context: context)
        var schedule = ScheduleSessions.Input()
        schedule.search = SearchSettings(
            seed: RunDemo.seed, iterations: RunDemo.timetableLimits.maximumIterations, timeLimit: 5)
        schedule.publish = true
        schedule.note = note
        let programme = try ScheduleSessions(
            source: PlanSource(plan: demo.briefingPlanFile, folder: ".")
        ).run(schedule, context: context, clock: clock)
        return Prepared(
            fairPlanFile: demo.fairPlanFile, briefingPlanFile: demo.briefingPlanFile,
            published: (booths.publishedVersion, programme.publishedVersion))
    }
}
