public import Planning
public import Store

/// Removes a timeslot from the event's grid; the sessions timetabled in it keep their place until
/// the next `schedule sessions`. Removing the last timeslot returns the event to free starts.
public struct RemoveTimeslot: Sendable {
    let store: PlanStore

    /// A use case on `store`.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Removes the timeslot written `time` (`dd/mm/yyyy hh:mm-hh:mm`, exactly its span).
    public func run(time: String, context: ChangeContext) throws -> TimeslotChange {
        let range = try WrittenValue.range(time, field: .timeslot)
        var event = try store.event()
        guard
            let index = event.timeslots.firstIndex(where: { $0.start == range.start && $0.end == range.end })
        else {
            throw WorkflowError.invalidValue(.timeslot, value: time, expected: .existingTimeslot)
        }
        let timeslot = event.timeslots.remove(at: index)
        try store.journaling(context.note("remove timeslot", subject: range.description)).updateEvent(event)
        return TimeslotChange(timeslot: timeslot, grid: event.timeslots, pauseMinutes: event.pauseMinutes)
    }
}
