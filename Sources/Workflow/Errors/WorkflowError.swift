public import Planning

/// What the use cases throw when a request cannot be carried out as asked.
///
/// Errors of the modules below keep their own types (`PlanningError` for names that resolve to
/// nothing or to several entities, `StoreError`, `InterchangeError`, `SchedulerError`); this type
/// covers finding the plan file and reading what people typed. Wording comes from
/// ``WorkflowMessage``.
public enum WorkflowError: Error, Hashable, Sendable {
    /// No `*.fairplan` file in the folder and none named.
    case noPlanFile(folder: String)
    /// Several `*.fairplan` files in the folder and none named.
    case severalPlanFiles(folder: String, names: [String])
    /// A value that cannot be read: the field, the value as typed, what was expected.
    case invalidValue(InputField, value: String, expected: Expectation)
    /// A value on the command line longer than FairPlan takes (``Limits/maximumTextLength``): the
    /// option it is given to (nil for a positional argument), its place on the line (from 1), its
    /// length in characters and the limit. Refused before the command is parsed, so no text of
    /// any length reaches the commands.
    case textTooLong(option: String?, position: Int, characters: Int, maximum: Int)
    /// Inputs that cannot go together.
    case conflict(Conflict)
    /// The new or changed entity has validation errors and was not forced; the findings about it.
    case refusedByValidation(EntityKind, name: String, findings: [Finding])
    /// An export cannot be made as asked.
    case exports(ExportsError)
    /// An edit or a removal cannot be carried out as asked.
    case editing(EditingError)
    /// A booth or session change by hand cannot be carried out as asked.
    case manual(ManualError)
    /// A change cannot be undone or redone, or a published version not restored (area: journal).
    case journal(JournalError)
    /// An offer of booths cannot be answered as asked (area: queue).
    case queue(QueueError)
}
