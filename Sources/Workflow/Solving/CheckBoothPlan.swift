public import Interchange
import Planning
public import Scheduler

/// Checks a hand-made booth plan (a sheet with a party column and a booth column, as the exported
/// exhibitors list) against every rule: each hard violation and soft finding, with the score.
public struct CheckBoothPlan: Sendable {
    /// The check.
    public struct Outcome: Sendable {
        /// Problems reading the sheet (unknown parties or booths, missing columns).
        public var sheetProblems: [SheetProblem]
        /// The check of the assignments read.
        public var check: BoothPlanCheck
        /// The sample used because the folder has no plan file, if any.
        public var fallbackSample: SamplePlan?

        /// Whether the plan breaks a hard rule or the sheet has an error.
        public var failed: Bool {
            !check.hardViolations.isEmpty || sheetProblems.contains { $0.severity == .error }
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
        let loaded = try source.load(defaultSample: .fair)
        let sheet = HandMadePlanReader.boothPlan(from: try WorkbookFile.read(file), plan: loaded.plan)
        let problem = try BoothAllocationProblem(plan: loaded.plan, published: [])
        return Outcome(
            sheetProblems: sheet.problems, check: BoothPlanChecker(problem: problem).check(sheet.assignments),
            fallbackSample: loaded.fallbackSample)
    }
}
