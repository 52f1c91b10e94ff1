public import Interchange
import Planning
public import Scheduler

/// Checks a hand-made programme (a sheet with the session, day, start and room columns, as the
/// exported programme): every clash of room, person or connection point, capacity, video link,
/// link test, order, fixed time and window.
public struct CheckProgramme: Sendable {
    /// The check.
    public struct Outcome: Sendable {
        /// Problems reading the sheet.
        public var sheetProblems: [SheetProblem]
        /// Every violation found.
        public var issues: [TimetableIssue]
        /// The sample used because the folder has no plan file, if any.
        public var fallbackSample: SamplePlan?

        /// Whether the programme breaks a rule or the sheet has an error.
        public var failed: Bool { !issues.isEmpty || sheetProblems.contains { $0.severity == .error } }
    }

    /// Where the plan comes from.
    let source: PlanSource

    /// The use case on a plan source.
    public init(source: PlanSource) {
        self.source = source
    }

    /// Reads `file` and checks it.
    public func run(file: String) throws -> Outcome {
        var loaded = try source.load(defaultSample: .briefing)
        let sheet = HandMadePlanReader.programme(from: try WorkbookFile.read(file), plan: loaded.plan)
        loaded.plan.sessions = sheet.sessions
        return Outcome(
            sheetProblems: sheet.problems, issues: try TimetableChecker.check(plan: loaded.plan),
            fallbackSample: loaded.fallbackSample)
    }
}
