public import Planning
public import Store

/// Adds a timeslot to the event's grid (khung giờ), and may set the least pause between a
/// person's sessions: once an event has a grid, `schedule sessions` timetables slot by slot.
///
/// The timeslot must lie within one day's opening hours and not be in the grid already; kinds
/// and tags are optional (no kind: any session). One journalled change, undone by `undo`.
public struct RegisterTimeslot: Sendable {
    /// The request.
    public struct Input: Sendable {
        /// The span, `dd/mm/yyyy hh:mm-hh:mm`.
        public var time: String
        /// The session kinds it takes; empty for any kind.
        public var kinds: [AgendaKind] = []
        /// Its tags (repeated or comma-separated).
        public var tags: [String] = []
        /// The least pause between a person's sessions, in minutes, for the whole grid.
        public var pause: Int?

        /// A request for the timeslot `time`.
        public init(time: String) {
            self.time = time
        }
    }

    let store: PlanStore

    /// A use case on `store`.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Adds the timeslot.
    public func run(_ input: Input, context: ChangeContext) throws -> TimeslotChange {
        let range = try WrittenValue.range(input.time, field: .timeslot)
        let tags = try GridLabels.list(input.tags, field: .tag)
        let pause = try input.pause.map { minutes throws(WorkflowError) in
            try WrittenValue.integer(minutes, field: .pause, in: InputLimits.pauseMinutes)
        }
        var event = try store.event()
        guard event.isWithinOpeningHours(range) else {
            throw WorkflowError.invalidValue(.timeslot, value: input.time, expected: .withinOpeningHours)
        }
        guard !event.timeslots.contains(where: { $0.start == range.start && $0.end == range.end }) else {
            throw WorkflowError.invalidValue(.timeslot, value: input.time, expected: .newTimeslot)
        }
        guard event.timeslots.count < InputLimits.timeslots else {
            throw WorkflowError.invalidValue(
                .timeslot, value: input.time, expected: .timeslotCount(maximum: InputLimits.timeslots))
        }
        let timeslot = Timeslot(start: range.start, end: range.end, kinds: input.kinds, tags: tags)
        event.timeslots.append(timeslot)
        event.timeslots.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        if let pause { event.pauseMinutes = pause }
        try store.journaling(context.note("register timeslot", subject: range.description)).updateEvent(event)
        return TimeslotChange(timeslot: timeslot, grid: event.timeslots, pauseMinutes: event.pauseMinutes)
    }
}
