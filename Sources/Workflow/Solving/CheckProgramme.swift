public import Interchange
public import Planning
public import Scheduler
import Sheets
import Store

/// Checks a hand-made programme (a sheet with the session, day, start and room columns, as the
/// exported programme): every clash of room, person or connection point, capacity, video link,
/// link test, order, fixed time and window, and every pinned session it moves; and publishes it
/// when asked and it breaks no rule.
public struct CheckProgramme: Sendable {
    /// The check.
    public struct Outcome: Sendable {
        /// Problems reading the sheet.
        public var sheetProblems: [SheetProblem]
        /// Every violation found.
        public var issues: [TimetableIssue]
        /// The sample used because the folder has no plan file, if any.
        public var fallbackSample: SamplePlan?
        /// The titles of pinned sessions the sheet puts elsewhere than where they are pinned
        /// (unpin them first to move them).
        public var movedPins: [String] = []
        /// The version published, when the programme was published.
        public var publishedVersion: Int? = nil

        /// Whether the programme breaks a rule, moves a pinned session or the sheet has an error.
        public var failed: Bool {
            !issues.isEmpty || !movedPins.isEmpty || sheetProblems.contains { $0.severity == .error }
        }
    }

    /// Where the plan comes from.
    let source: PlanSource

    /// The use case on a plan source.
    public init(source: PlanSource) {
        self.source = source
    }

    /// Reads `file` and checks it.
    public func run(file: String) throws -> Outcome {
        let loaded = try source.load(defaultSample: .briefing, access: .reading)
        var outcome = try Self.check(try WorkbookFile.read(file), plan: loaded.plan).outcome
        outcome.fallbackSample = loaded.fallbackSample
        return outcome
    }

    /// Reads `file`, checks it and, when it breaks no rule, moves no pinned session and the sheet
    /// has no error, saves it as the programme (each session's room and start) and publishes it
    /// as the next version with `note`, in one transaction (journaled, at the context's time): the
    /// check is made on the plan as it stands in that transaction. When the check fails, nothing
    /// is written (``Outcome/publishedVersion`` is nil). A plan file only (not a sample, not
    /// another venue).
    public func publish(file: String, note: String?, context: ChangeContext) throws -> Outcome {
        if source.sample != nil { throw WorkflowError.conflict(.publishNeedsPlanFile) }
        if source.venue != nil { throw WorkflowError.conflict(.publishWithOtherVenue) }
        guard let store = try source.load(defaultSample: .briefing, access: .writing).store else {
            throw WorkflowError.conflict(.publishNeedsPlanFile)
        }
        let workbook = try WorkbookFile.read(file)
        var outcome: Outcome?
        let version = try store.journaling(
            context.note("check sessions --publish", subject: workbook.fileName)
        )
        .editProgramme { plan in
            let checked = try Self.check(workbook, plan: plan)
            outcome = checked.outcome
            guard !checked.outcome.failed else { return nil }
            return ProgrammeRevision(sessions: checked.sessions, publication: (note, context.now))
        }
        guard var outcome else { throw WorkflowError.conflict(.publishNeedsPlanFile) }
        outcome.publishedVersion = version
        return outcome
    }

    /// The check of a sheet against a plan, and the plan's sessions as the sheet places them.
    static func check(_ workbook: ReadWorkbook, plan: Plan) throws -> (outcome: Outcome, sessions: [Session])
    {
        let sheet = HandMadePlanReader.programme(from: workbook, plan: plan)
        var checked = plan
        checked.sessions = sheet.sessions
        let placed = Dictionary(sheet.sessions.map { ($0.id, $0) }) { first, _ in first }
        let moved = plan.sessions.filter { session in
            guard session.isPinnedInPlace, let now = placed[session.id] else { return false }
            return now.room != session.room || now.start != session.start
        }
        let outcome = Outcome(
            sheetProblems: sheet.problems,
            issues: try TimetableChecker.check(plan: checked) + GridPlanMapping.check(plan: checked),
            fallbackSample: nil,
            movedPins: moved.map(\.title))
        return (outcome, sheet.sessions)
    }
}
