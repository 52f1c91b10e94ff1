public import Planning
public import Store

/// Registers a session of the programme, to be timetabled (or placed by hand with a room and a
/// start): its kind, length, chair and speakers, the connection points it is shown at, its timing
/// and order.
public struct RegisterSession: Sendable {
    /// The session as typed.
    public struct Input: Sendable {
        /// The title.
        public var title: String
        /// The kind of agenda item.
        public var kind: AgendaKind
        /// The length in minutes.
        public var minutes: Int
        /// The person chairing (identifier or name).
        public var chair: String?
        /// Speakers (identifiers or names).
        public var speakers: [String] = []
        /// Expected audience in the room.
        public var audience = 0
        /// Connection points the session is linked to.
        public var links: [String] = []
        /// Link the session to every connection point of the plan.
        public var linkAll = false
        /// A fixed start, `dd/mm/yyyy hh:mm`.
        public var fixed: String?
        /// A window for start and end, `dd/mm/yyyy hh:mm-hh:mm`.
        public var window: String?
        /// The session must come first.
        public var first = false
        /// The session must come last.
        public var last = false
        /// A session this one must follow (identifier or title).
        public var after: [String] = []
        /// The session's timeslot-grid profile.
        public var profile = SessionProfileInput()
        /// A track kept in one room when it can be.
        public var track: String?
        /// The room, placed by hand (identifier or name of a venue room).
        public var room: String?
        /// The start, placed by hand, `dd/mm/yyyy hh:mm`.
        public var start: String?
        /// The identifier asked for.
        public var id: String?
        /// Whether to write despite validation errors.
        public var force = false

        /// A session titled `title` of `kind` lasting `minutes`.
        public init(title: String, kind: AgendaKind, minutes: Int) {
            self.title = title
            self.kind = kind
            self.minutes = minutes
        }
    }

    /// The plan file.
    let store: PlanStore
    /// Reads the whole plan instead of the part the registration touches (the tests compare both).
    var readsWholePlan = false

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Checks and registers the session.
    public func run(_ input: Input, context: ChangeContext) throws -> Registration {
        let title = VietnameseText.normalized(input.title)
        let minutes = try WrittenValue.integer(input.minutes, field: .minutes, in: InputLimits.minutes)
        let audience = try WrittenValue.integer(input.audience, field: .audience, in: InputLimits.capacity)
        if input.fixed != nil && input.window != nil { throw WorkflowError.conflict(.fixedAndWindow) }
        if input.linkAll && !input.links.isEmpty { throw WorkflowError.conflict(.linkAndLinkAll) }
        let timing: SessionTiming
        if let fixed = input.fixed {
            timing = .fixed(try WrittenValue.dateTime(fixed, field: .fixed))
        } else if let window = input.window {
            timing = .window(try WrittenValue.range(window, field: .window))
        } else {
            timing = .free
        }
        let profile = try input.profile.applied(to: SessionProfile())
        let placedStart = try input.start.map { text throws(WorkflowError) in
            try WrittenValue.dateTime(text, field: .start)
        }
        return try Registrar(
            store: store.journaling(context.note("register session", subject: title)), force: input.force
        ).register(
            Registrar.Order(
                kind: .session, name: title, explicitID: input.id,
                focus: readsWholePlan ? nil : try Self.focus(input, store),
                makeID: { $0.make(.session, from: title) },
                taken: { Set($0.sessions.map(\.id.rawValue)) },
                build: { plan, id in
                    let resolver = PlanResolver(plan: plan)
                    var participants =
                        try input.chair.map { text throws(PlanningError) in
                            [SessionParticipant(person: try resolver.person(text).id, role: .chair)]
                        } ?? []
                    for speaker in WrittenValue.items(input.speakers) {
                        participants.append(
                            SessionParticipant(person: try resolver.person(speaker).id, role: .speaker))
                    }
                    let points =
                        input.linkAll
                        ? plan.connectionPoints.map(\.id)
                        : plan.linkingMainPoint(
                            try WrittenValue.items(input.links).map { try resolver.connectionPoint($0).id })
                    var order: [OrderConstraint] = []
                    if input.first { order.append(.first) }
                    if input.last { order.append(.last) }
                    let named = WrittenValue.items(input.after) { (try? resolver.session($0)) != nil }
                    for after in named {
                        let id = try resolver.session(after).id
                        if !order.contains(.after(id)) { order.append(.after(id)) }
                    }
                    let room = try input.room.map { text throws(PlanningError) in
                        plan.venue == nil ? text : try resolver.room(text).id
                    }
                    let session = Session(
                        id: Identifier(id), title: title, kind: input.kind, durationMinutes: minutes,
                        participants: participants, expectedAudience: audience,
                        needsVideoLink: !points.isEmpty,
                        linkedPoints: points, timing: timing, order: order, track: input.track, room: room,
                        start: placedStart, profile: profile)
                    var changed = plan
                    changed.sessions.append(session)
                    return Registrar.Built(
                        plan: changed, subjects: [.init(.session, id)], write: { try $0.addSession(session) })
                }))
    }

    /// What registering a session reads: the fair's own tables (a session's rules look at the
    /// other sessions, the points and the rooms) and the people it names as chair and speakers.
    /// Nil (the whole plan) when a person is not decided by identifier or whole name
    /// (``Editor/Names/decidedWholly(in:)``): then the whole plan gives the candidates and
    /// suggestions as before.
    static func focus(_ input: Input, _ store: PlanStore) throws -> PlanFocus? {
        let names = Editor.Names(
            people: (input.chair.map { [$0] } ?? []) + WrittenValue.items(input.speakers))
        var focus = names.focus
        focus.fair = true
        return names.decidedWholly(in: try store.loadPlan(focus: focus)) ? focus : nil
    }
}
