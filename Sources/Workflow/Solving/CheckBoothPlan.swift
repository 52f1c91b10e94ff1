public import Interchange
public import Planning
public import Scheduler
import Sheets
import Store

/// Checks a hand-made booth plan (a sheet with a party column and a booth column, as the exported
/// exhibitors list) against every rule: each hard violation and soft finding, with the score; and
/// publishes it when asked and it breaks no hard rule.
public struct CheckBoothPlan: Sendable {
    /// The check.
    public struct Outcome: Sendable {
        /// Problems reading the sheet (unknown parties or booths, missing columns).
        public var sheetProblems: [SheetProblem]
        /// The check of the assignments read.
        public var check: BoothPlanCheck
        /// The sample used because the folder has no plan file, if any.
        public var fallbackSample: SamplePlan?
        /// The version published, when the plan was published.
        public var publishedVersion: Int? = nil
        /// Registration statuses publishing changed (names), such as parties now placed.
        public var statusChanges: [(party: String, status: RegistrationStatus)] = []

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
        let loaded = try source.load(defaultSample: .fair, access: .reading)
        var outcome = try Self.check(try WorkbookFile.read(file), plan: loaded.plan)
        outcome.fallbackSample = loaded.fallbackSample
        return outcome
    }

    /// Reads `file`, checks it and, when it breaks no hard rule and the sheet has no error, saves
    /// it as the booth plan and publishes it as the next version with `note`, in one transaction
    /// (journaled, at the context's time): the check is made on the plan as it stands in that
    /// transaction. Parties given booths become placed, confirmed parties given none go on the
    /// waiting list, pinned and held booths keep their pin and state. When the check fails,
    /// nothing is written (``Outcome/publishedVersion`` is nil).
    ///
    /// A plan file only (not a sample, not another venue); a party given booths must be confirmed
    /// (``ManualError/notBookable(party:status:)``).
    public func publish(file: String, note: String?, context: ChangeContext) throws -> Outcome {
        if source.sample != nil { throw WorkflowError.conflict(.publishNeedsPlanFile) }
        if source.venue != nil { throw WorkflowError.conflict(.publishWithOtherVenue) }
        guard let store = try source.load(defaultSample: .fair, access: .writing).store else {
            throw WorkflowError.conflict(.publishNeedsPlanFile)
        }
        let workbook = try WorkbookFile.read(file)
        var outcome: Outcome?
        var names: [Identifier<ExhibitingParty>: String] = [:]
        let saved = try store.journaling(context.note("check booths --publish", subject: workbook.fileName))
            .editBoothPlan { plan, _ in
                let checked = try Self.check(workbook, plan: plan)
                outcome = checked
                guard !checked.failed else { return nil }
                names = Dictionary(plan.parties.map { ($0.id, $0.name) }) { first, _ in first }
                return try Self.revision(workbook, plan: plan, note: note, at: context.now)
            }
        guard var outcome else { throw WorkflowError.conflict(.publishNeedsPlanFile) }
        outcome.publishedVersion = saved.version
        outcome.statusChanges = saved.changed.sorted { $0.key < $1.key }.map { id, status in
            (names[id] ?? id.rawValue, status)
        }
        return outcome
    }

    /// The check of a sheet against a plan.
    static func check(_ workbook: ReadWorkbook, plan: Plan) throws -> Outcome {
        let sheet = HandMadePlanReader.boothPlan(from: workbook, plan: plan)
        let problem = try BoothAllocationProblem(plan: plan, published: [])
        return Outcome(
            sheetProblems: sheet.problems, check: BoothPlanChecker(problem: problem).check(sheet.assignments),
            fallbackSample: nil)
    }

    /// The booth plan a checked sheet becomes: its assignments with the venue's codes, pins and
    /// states kept where the plan has the same booth for the same party; the confirmed parties
    /// it gives no booth waitlisted; published at `time` with `note`.
    static func revision(
        _ workbook: ReadWorkbook, plan: Plan, note: String?, at time: LocalDateTime
    ) throws -> BoothPlanRevision {
        let venue = try BoothPlanEditor.venue(of: plan)
        let current = Dictionary(plan.boothAssignments.map { ($0.booth, $0) }) { first, _ in first }
        var assignments: [BoothAssignment] = []
        for read in HandMadePlanReader.boothPlan(from: workbook, plan: plan).assignments {
            let code = try BoothPlanEditor.code(read.booth, in: venue)
            guard let party = plan.party(read.party) else { continue }
            try BoothPlanEditor.requireBookable(party)
            if let kept = current[code], kept.party == party.id {
                assignments.append(kept)
            } else {
                assignments.append(BoothAssignment(booth: code, party: party.id))
            }
        }
        let holders = Set(assignments.map(\.party))
        return BoothPlanRevision(
            assignments: assignments,
            waitlisting: plan.parties.filter {
                $0.registrationStatus == .confirmed && !holders.contains($0.id)
            }
            .map(\.id),
            publication: (note, time))
    }
}
