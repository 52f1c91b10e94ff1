import Planning
import Scheduler
import Store

/// The engine behind the session commands by hand: decides the changed session from the plan as
/// it stands inside one transaction, checks it where it is with the checkers `fairplan check
/// sessions` runs (``TimetableChecker``, and the timeslot grid's ``GridPlanMapping/check(plan:)``),
/// refuses a violation unless forced, and writes
/// (journaled).
struct SessionEditor {
    /// The plan file.
    let store: PlanStore
    /// Whether violations are written anyway.
    let force: Bool

    /// Decides, checks and writes one session in one transaction recorded as `note`; `refuses`
    /// says whether a violation refuses the change (lifting a pin never makes one; nothing
    /// changing is never refused).
    func edit(
        _ id: Identifier<Session>, note: JournalNote, refuses: Bool,
        _ decide: (Session, Plan) throws -> Session
    ) throws -> SessionEdit {
        var edit: SessionEdit?
        try store.journaling(note).editProgramme { plan in
            guard let index = plan.sessions.firstIndex(where: { $0.id == id }) else {
                throw StoreError.notFound(.session, id: id.rawValue)
            }
            let before = plan.sessions[index]
            let after = try decide(before, plan)
            var checked = plan
            checked.sessions[index] = after
            let issues =
                after.start == nil
                ? []
                : (try TimetableChecker.check(plan: checked) + GridPlanMapping.check(plan: checked)).filter {
                    $0.sessions.contains(id) && $0.rule != .notScheduled
                }
            let changed = after != before
            if refuses && changed && !issues.isEmpty && !force {
                throw WorkflowError.manual(.timetableRulesBroken(session: after.title, issues: issues))
            }
            let roomName = after.room.map { room in plan.venue?.rooms.first { $0.id == room }?.name ?? room }
            let result = SessionEdit(
                before: before, after: after, roomName: roomName, issues: issues,
                forced: refuses && changed && !issues.isEmpty)
            edit = result
            return result.changed ? ProgrammeRevision(sessions: [after]) : nil
        }
        guard let edit else { throw StoreError.notFound(.session, id: id.rawValue) }
        return edit
    }
}
