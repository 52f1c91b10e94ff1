public import Planning
public import Store

/// Edits a session of the programme: title, kind, length, chair and speakers (replacing them;
/// other participants stay), audience, linked connection points, timing (fixed start or window),
/// order (first, last, after), track, and a room and start placed by hand.
public struct EditSession: Sendable {
    /// The fields that can be cleared; clearing the fixed start or the window leaves the session
    /// free to be timetabled anywhere.
    public static let clearable: [InputField] =
        [
            .chair, .speaker, .link, .fixed, .window, .after, .track, .room, .start,
        ] + SessionProfileInput.clearable

    /// The changes as typed; nil leaves a field as it is.
    public struct Input: Sendable {
        /// The session: identifier or title.
        public var subject: String
        /// The title.
        public var title: String?
        /// The kind of agenda item.
        public var kind: AgendaKind?
        /// The length in minutes.
        public var minutes: Int?
        /// The person chairing (identifier or name), replacing the chair.
        public var chair: String?
        /// Speakers (identifiers or names), replacing the speakers.
        public var speakers: [String]?
        /// Expected audience in the room.
        public var audience: Int?
        /// Connection points linked (replacing the list).
        public var links: [String]?
        /// Link every connection point of the plan.
        public var linkAll = false
        /// A fixed start, `dd/mm/yyyy hh:mm`.
        public var fixed: String?
        /// A window, `dd/mm/yyyy hh:mm-hh:mm`.
        public var window: String?
        /// Whether the session must come first (nil leaves it).
        public var first: Bool?
        /// Whether the session must come last (nil leaves it).
        public var last: Bool?
        /// A session this one must follow (identifier or title), replacing any.
        public var after: [String]?
        /// The grid profile's fields to change.
        public var profile = SessionProfileInput()
        /// The track.
        public var track: String?
        /// The room placed by hand (identifier or name of a venue room).
        public var room: String?
        /// The start placed by hand, `dd/mm/yyyy hh:mm`.
        public var start: String?
        /// The identifier, when given: it must be the current one.
        public var id: String?
        /// Optional fields to empty, as typed (``clearable``).
        public var clear: [String] = []
        /// Whether to write despite errors the edit brings in.
        public var force = false

        /// Changes to the session named `subject`.
        public init(subject: String) {
            self.subject = subject
        }
    }

    /// The plan file.
    let store: PlanStore
    /// Reads the whole plan instead of the part the edit touches (the tests compare both).
    var readsWholePlan = false

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Checks and writes the changes.
    public func run(_ input: Input, context: ChangeContext) throws -> Amendment {
        let clearing = try Clearing(input.clear, kind: .session, clearable: Self.clearable)
        let minutes = try input.minutes.map {
            try WrittenValue.integer($0, field: .minutes, in: InputLimits.minutes)
        }
        let audience = try input.audience.map {
            try WrittenValue.integer($0, field: .audience, in: InputLimits.capacity)
        }
        if input.fixed != nil && input.window != nil { throw WorkflowError.conflict(.fixedAndWindow) }
        if input.linkAll && input.links != nil { throw WorkflowError.conflict(.linkAndLinkAll) }
        let timing = try Self.timing(input, clearing)
        let start = try input.start.map { text throws(WorkflowError) in
            try WrittenValue.dateTime(text, field: .start)
        }
        return try Editor(store: store, kind: .session, force: input.force).edit(
            command: "edit session", context: context, reading: readsWholePlan ? nil : Self.reading(input)
        ) { plan in
            let resolver = PlanResolver(plan: plan)
            let stored = try resolver.session(input.subject)
            try Editor.keep(stored.id.rawValue, asked: input.id, kind: .session)
            var edited = stored
            edited.title = input.title.map(VietnameseText.normalized) ?? stored.title
            edited.kind = input.kind ?? stored.kind
            edited.durationMinutes = minutes ?? stored.durationMinutes
            edited.participants = try Self.participants(stored.participants, input, resolver, clearing)
            edited.expectedAudience = audience ?? stored.expectedAudience
            try clearing.check(.link, given: input.links != nil || input.linkAll)
            if input.linkAll {
                edited.linkedPoints = plan.connectionPoints.map(\.id)
            } else if let links = input.links {
                edited.linkedPoints = plan.linkingMainPoint(
                    try WrittenValue.items(links).map { try resolver.connectionPoint($0).id })
            } else if clearing.contains(.link) {
                edited.linkedPoints = []
            }
            if edited.linkedPoints != stored.linkedPoints {
                edited.needsVideoLink = !edited.linkedPoints.isEmpty
            }
            edited.timing = timing ?? stored.timing
            edited.order = try Self.order(stored.order, input, resolver, clearing)
            edited.track = try clearing.value(.track, input.track, else: stored.track)
            let room = try input.room.map { text throws(PlanningError) in
                plan.venue == nil ? text : try resolver.room(text).id
            }
            edited.room = try clearing.value(.room, room, else: stored.room)
            edited.start = try clearing.value(.start, start, else: stored.start)
            edited.profile = try input.profile.applied(to: stored.profile, clearing: clearing)
            var changes = ChangeList()
            changes.compare(.title, stored.title, edited.title)
            changes.compare(.kind, stored.kind, edited.kind)
            changes.compare(.minutes, stored.durationMinutes, edited.durationMinutes)
            changes.compare(.chair, Self.people(stored, .chair), Self.people(edited, .chair))
            changes.compare(.speaker, Self.people(stored, .speaker), Self.people(edited, .speaker))
            changes.compare(.audience, stored.expectedAudience, edited.expectedAudience)
            changes.compare(.link, stored.linkedPoints, edited.linkedPoints)
            changes.compare(
                Self.timingField(edited.timing, else: stored.timing), stored.timing, edited.timing)
            changes.compare(
                flag: .first, off: .noFirst, stored.order.contains(.first), edited.order.contains(.first))
            changes.compare(
                flag: .last, off: .noLast, stored.order.contains(.last), edited.order.contains(.last))
            changes.compare(.after, stored.order.filter(Self.isAfter), edited.order.filter(Self.isAfter))
            changes.compare(.track, stored.track, edited.track)
            changes.compare(.room, stored.room, edited.room)
            changes.compare(.start, stored.start, edited.start)
            Self.compareProfiles(stored.profile, edited.profile, into: &changes)
            var changed = plan
            changed.sessions = plan.sessions.map { $0.id == edited.id ? edited : $0 }
            return Editor.Change(
                plan: changed, id: edited.id.rawValue, name: edited.title, changed: changes.fields,
                subjects: [.init(.session, edited.id.rawValue)], write: { try $0.updateSession(edited) })
        }
    }

    /// What an edit of a session reads: the fair's own tables (sessions, points and rooms are
    /// named among them) and the people the edit names as chair or speakers; then the session's
    /// participants before and after the change. The rules about a session look at nothing else
    /// of the registry (a person booked twice is one of its own participants).
    static func reading(_ input: Input) -> Editor.Reading {
        var beside = PlanFocus()
        beside.fair = true
        return Editor.Reading(
            names: Editor.Names(
                people: (input.chair.map { [$0] } ?? []) + (input.speakers.map(WrittenValue.items) ?? [])),
            beside: beside,
            around: { part, change in
                var focus = PlanFocus()
                for plan in [part, change.plan] {
                    for session in plan.sessions where session.id.rawValue == change.id {
                        focus.personIDs.formUnion(session.participants.map(\.person.rawValue))
                    }
                }
                return focus
            })
    }

    /// The timing given (a fixed start, a window, or free when either is cleared); nil leaves it.
    static func timing(_ input: Input, _ clearing: Clearing) throws(WorkflowError) -> SessionTiming? {
        try clearing.check(.fixed, given: input.fixed != nil)
        try clearing.check(.window, given: input.window != nil)
        if let fixed = input.fixed { return .fixed(try WrittenValue.dateTime(fixed, field: .fixed)) }
        if let window = input.window { return .window(try WrittenValue.range(window, field: .window)) }
        if clearing.contains(.fixed) || clearing.contains(.window) { return .free }
        return nil
    }

    /// The field a change of timing is reported as: the kind of timing now, else the one before.
    static func timingField(_ timing: SessionTiming, else previous: SessionTiming) -> InputField {
        switch (timing, previous) {
        case (.fixed, _), (.free, .fixed): .fixed
        default: .window
        }
    }

    /// The participants after the edit: chairs first, then speakers, then the others as stored.
    static func participants(
        _ stored: [SessionParticipant], _ input: Input, _ resolver: PlanResolver, _ clearing: Clearing
    ) throws -> [SessionParticipant] {
        try clearing.check(.chair, given: input.chair != nil)
        try clearing.check(.speaker, given: input.speakers != nil)
        var chairs = stored.filter { $0.role == .chair }
        if let chair = input.chair {
            chairs = [SessionParticipant(person: try resolver.person(chair).id, role: .chair)]
        }
        if clearing.contains(.chair) { chairs = [] }
        var speakers = stored.filter { $0.role == .speaker }
        if let written = input.speakers {
            speakers = try WrittenValue.items(written).map {
                SessionParticipant(person: try resolver.person($0).id, role: .speaker)
            }
        }
        if clearing.contains(.speaker) { speakers = [] }
        return chairs + speakers + stored.filter { $0.role != .chair && $0.role != .speaker }
    }

    /// The order rules after the edit.
    static func order(
        _ stored: [OrderConstraint], _ input: Input, _ resolver: PlanResolver, _ clearing: Clearing
    ) throws -> [OrderConstraint] {
        var order = stored
        if let first = input.first {
            order.removeAll { $0 == .first }
            if first { order.insert(.first, at: 0) }
        }
        if let last = input.last {
            order.removeAll { $0 == .last }
            if last { order.append(.last) }
        }
        try clearing.check(.after, given: input.after != nil)
        if input.after != nil || clearing.contains(.after) { order.removeAll(where: isAfter) }
        for after in WrittenValue.items(
            input.after ?? [], keepingWhole: { (try? resolver.session($0)) != nil })
        {
            let id = try resolver.session(after).id
            if !order.contains(.after(id)) { order.append(.after(id)) }
        }
        return order
    }

    /// The grid profile's fields that changed.
    static func compareProfiles(_ old: SessionProfile, _ new: SessionProfile, into changes: inout ChangeList)
    {
        changes.compare(.theme, old.themes, new.themes)
        changes.compare(.sector, old.sectors, new.sectors)
        changes.compare(.audienceType, old.audiences, new.audiences)
        changes.compare(.level, old.level, new.level)
        changes.compare(.content, old.content, new.content)
        changes.compare(.language, old.language, new.language)
        changes.compare(.roomTag, old.roomTags, new.roomTags)
        changes.compare(.exclusiveTag, old.exclusiveTags, new.exclusiveTags)
        changes.compare(flag: .crowdRisk, off: .noCrowdRisk, old.crowdRisk, new.crowdRisk)
    }

    /// Whether a rule is an `after` rule.
    static func isAfter(_ constraint: OrderConstraint) -> Bool {
        if case .after = constraint { return true }
        return false
    }

    /// The people of a session in `role`, in order.
    static func people(_ session: Session, _ role: SessionParticipant.Role) -> [Identifier<Person>] {
        session.participants.filter { $0.role == role }.map(\.person)
    }
}
