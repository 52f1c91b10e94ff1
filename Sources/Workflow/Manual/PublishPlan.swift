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
    ///
    /// - Throws: ``ManualError/nothingNewToPublish(_:version:)`` when the working plan is the latest
    ///   published version (the same parties in the same booths, under the same names) and no
    ///   party would go on the waiting list: a new version would be the same.
    public func booths(note: String?, context: ChangeContext) throws -> CheckBoothPlan.Outcome {
        let latest = try store.publishedVersions(kind: .boothPlan).last
        let previous = try latest.map { try store.publishedBoothPlan($0.number) }
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
                let waitlisting = plan.parties.filter {
                    $0.registrationStatus == .confirmed && !holders.contains($0.id)
                }
                .map(\.id)
                if let latest, let previous, waitlisting.isEmpty,
                    Self.sameContent(previous, BoothPlanSnapshot(plan: plan))
                {
                    throw WorkflowError.manual(.nothingNewToPublish(.boothPlan, version: latest.number))
                }
                return BoothPlanRevision(
                    assignments: plan.boothAssignments, waitlisting: waitlisting,
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
    ///
    /// - Throws: ``ManualError/nothingNewToPublish(_:version:)`` when the working programme is the
    ///   latest published version (pins aside): a new version would be the same.
    public func programme(note: String?, context: ChangeContext) throws -> CheckProgramme.Outcome {
        let latest = try store.publishedVersions(kind: .programme).last
        let previous = try latest.map { try store.publishedProgramme($0.number) }
        var outcome: CheckProgramme.Outcome?
        let version = try store.journaling(context.note("publish sessions", subject: note))
            .editProgramme { plan in
                let checked = CheckProgramme.Outcome(
                    sheetProblems: [],
                    issues: try TimetableChecker.check(plan: plan) + GridPlanMapping.check(plan: plan),
                    fallbackSample: nil)
                outcome = checked
                guard !checked.failed else { return nil }
                if let latest, let previous, Self.sameContent(previous, ProgrammeSnapshot(plan: plan)) {
                    throw WorkflowError.manual(.nothingNewToPublish(.programme, version: latest.number))
                }
                return ProgrammeRevision(sessions: plan.sessions, publication: (note, context.now))
            }
        guard var outcome else { throw WorkflowError.conflict(.publishNeedsPlanFile) }
        outcome.publishedVersion = version
        return outcome
    }

    /// Whether two booth plans show the same to their readers: the same parties in the same booths
    /// in the same states, under the same names (pins are the organisers' own).
    static func sameContent(_ old: BoothPlanSnapshot, _ new: BoothPlanSnapshot) -> Bool {
        func shown(_ snapshot: BoothPlanSnapshot) -> Set<String> {
            Set(snapshot.assignments.map { "\($0.booth)|\($0.party.rawValue)|\($0.state)" })
        }
        return shown(old) == shown(new) && old.partyNames == new.partyNames
    }

    /// Whether two programmes show the same to their readers: the same sessions, rooms, points
    /// and people (pins are the organisers' own). A version published before points and people
    /// were kept compares on its sessions and rooms.
    static func sameContent(_ old: ProgrammeSnapshot, _ new: ProgrammeSnapshot) -> Bool {
        func unpinned(_ sessions: [Session]) -> [Identifier<Session>: Session] {
            Dictionary(
                sessions.map { session in
                    var shown = session
                    shown.pinned = false
                    return (session.id, shown)
                }
            ) { first, _ in first }
        }
        let kept = !old.connectionPoints.isEmpty || !old.people.isEmpty
        return unpinned(old.sessions) == unpinned(new.sessions) && old.roomNames == new.roomNames
            && (!kept
                || (Set(old.connectionPoints) == Set(new.connectionPoints)
                    && Set(old.people) == Set(new.people)))
    }
}
