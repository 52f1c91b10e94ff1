public import Planning
public import Scheduler
public import Store

/// Publishes the working booth plan or programme as it stands (after assign, move, swap, pin or
/// place) as the next numbered version, when it breaks no hard rule.
///
/// The check and the publication are one transaction on the plan as it stands in it, recorded in
/// the journal: when the check finds a hard violation nothing is written and the outcome says why.
/// The outcomes are those of `check booths|sessions`, so they render the same way.
public struct PublishPlan: Sendable {
    /// The plan file.
    let store: PlanStore

    /// The use case on an open plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Checks the working booth plan and publishes it with `note` at the context's time. Parties
    /// holding booths become placed; confirmed parties holding none go on the waiting list.
    public func booths(note: String?, context: ChangeContext) throws -> CheckBoothPlan.Outcome {
        var outcome: CheckBoothPlan.Outcome?
        var names: [Identifier<ExhibitingParty>: String] = [:]
        let saved = try store.journaling(context.note("publish booths", subject: note))
            .editBoothPlan { plan, _ in
                let problem = try BoothAllocationProblem(plan: plan, published: [])
                let checked = CheckBoothPlan.Outcome(
                    sheetProblems: [], check: BoothPlanChecker(problem: problem).check(plan.boothAssignments),
                    fallbackSample: nil)
                outcome = checked
                guard !checked.failed else { return nil }
                names = Dictionary(plan.parties.map { ($0.id, $0.name) }) { first, _ in first }
                let holders = Set(plan.boothAssignments.map(\.party))
                return BoothPlanRevision(
                    assignments: plan.boothAssignments,
                    waitlisting: plan.parties.filter {
                        $0.registrationStatus == .confirmed && !holders.contains($0.id)
                    }
                    .map(\.id),
                    publication: (note, context.now))
            }
        guard var outcome else { throw WorkflowError.conflict(.publishNeedsPlanFile) }
        outcome.publishedVersion = saved.version
        outcome.statusChanges = saved.changed.sorted { $0.key < $1.key }.map { id, status in
            (names[id] ?? id.rawValue, status)
        }
        return outcome
    }

    /// Checks the working programme and publishes it with `note` at the context's time.
    public func programme(note: String?, context: ChangeContext) throws -> CheckProgramme.Outcome {
        var outcome: CheckProgramme.Outcome?
        let version = try store.journaling(context.note("publish sessions", subject: note))
            .editProgramme { plan in
                let checked = CheckProgramme.Outcome(
                    sheetProblems: [], issues: try TimetableChecker.check(plan: plan), fallbackSample: nil)
                outcome = checked
                guard !checked.failed else { return nil }
                return ProgrammeRevision(sessions: plan.sessions, publication: (note, context.now))
            }
        guard var outcome else { throw WorkflowError.conflict(.publishNeedsPlanFile) }
        outcome.publishedVersion = version
        return outcome
    }
}
