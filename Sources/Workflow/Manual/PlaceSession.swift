public import Planning
public import Store

/// Places a session by hand in a room at a start and pins it there, so timetabling keeps it; the
/// session must keep every hard rule of the programme there (opening hours, fixed start or
/// window, capacity, video link, no clash of room, person or connection point, availability, link
/// tests, order) unless forced. One transaction, journaled.
public struct PlaceSession: Sendable {
    /// The request as typed.
    public struct Input: Sendable {
        /// The session (identifier or title).
        public var session: String
        /// The room (identifier or name of a venue room).
        public var room: String
        /// The start, `dd/mm/yyyy hh:mm`.
        public var start: String
        /// Whether to place it despite violations.
        public var force = false

        /// `session` in `room` at `start`.
        public init(session: String, room: String, start: String) {
            self.session = session
            self.room = room
            self.start = start
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Places and pins the session.
    public func run(_ input: Input, context: ChangeContext) throws -> SessionEdit {
        let start = try WrittenValue.dateTime(input.start, field: .start)
        let plan = try store.loadPlan()
        guard plan.venue != nil else { throw WorkflowError.manual(.noVenue) }
        let resolver = PlanResolver(plan: plan)
        let session = try resolver.session(input.session)
        let room = try resolver.room(input.room)
        let note = context.note("place session", subject: "\(session.title): \(room.name), \(start)")
        return try SessionEditor(store: store, force: input.force).edit(session.id, note: note, refuses: true)
        {
            current, plan in
            guard plan.venue?.rooms.contains(where: { $0.id == room.id }) ?? false else {
                throw PlanningError.notFound(.room, written: input.room, suggestions: [])
            }
            var placed = current
            placed.room = room.id
            placed.start = start
            placed.pinned = true
            return placed
        }
    }
}
