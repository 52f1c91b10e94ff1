public import Planning
public import Store

/// Registers a connection point (điểm cầu) of a hybrid conference: its hall, chair, the hours it
/// is free, the link test it needs and its technical contact.
public struct RegisterPoint: Sendable {
    /// The connection point as typed.
    public struct Input: Sendable {
        /// The name, e.g. «Điểm cầu Sơn La».
        public var name: String
        /// The province.
        public var province: String
        /// The host (the unit whose hall it is).
        public var host: String
        /// Seats in the hall.
        public var capacity: Int
        /// Main or satellite.
        public var role: ConnectionPointRole = .satellite
        /// The person chairing there (identifier or name).
        public var chair: String?
        /// Hours the hall is free, each `dd/mm/yyyy hh:mm-hh:mm`.
        public var available: [String] = []
        /// Minutes of link test needed before its first linked session.
        public var linkTest = ConnectionPoint.defaultLinkTestLeadMinutes
        /// The technician to call about the link, and their phone.
        public var technician: String?
        /// The technician's phone.
        public var phone: String?
        /// The identifier asked for.
        public var id: String?
        /// Whether to write despite validation errors.
        public var force = false

        /// A point named `name` in `province`, hosted by `host`, with `capacity` seats.
        public init(name: String, province: String, host: String, capacity: Int) {
            self.name = name
            self.province = province
            self.host = host
            self.capacity = capacity
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

    /// Checks and registers the connection point.
    public func run(_ input: Input, context: ChangeContext) throws -> Registration {
        let name = VietnameseText.normalized(input.name)
        let capacity = try WrittenValue.integer(
            input.capacity, field: .capacity, in: 1...InputLimits.capacity.upperBound)
        let linkTest = try WrittenValue.integer(
            input.linkTest, field: .linkTest, in: InputLimits.linkTestMinutes)
        let province = try WrittenValue.province(input.province, field: .province)
        var availability: [TimeRange] = []
        for text in input.available { availability.append(try WrittenValue.range(text, field: .available)) }
        return try Registrar(
            store: store.journaling(context.note("register point", subject: name)), force: input.force
        ).register(
            Registrar.Order(
                kind: .connectionPoint, name: name, explicitID: input.id,
                focus: readsWholePlan ? nil : try Self.focus(input, store), countsAttendees: true,
                makeID: { $0.make(.connectionPoint, from: name) },
                taken: { Set($0.connectionPoints.map(\.id.rawValue)) },
                build: { plan, id in
                    let chair = try input.chair.map { text throws(PlanningError) in
                        try PlanResolver(plan: plan).person(text).id
                    }
                    let point = ConnectionPoint(
                        id: Identifier(id), name: name, role: input.role, province: province,
                        host: input.host,
                        chair: chair, hallCapacity: capacity,
                        technicalContact: input.technician.map {
                            Contact(
                                name: $0, position: WorkflowMessage.technicianPosition.text(.vietnamese),
                                phone: input.phone)
                        },
                        availability: availability, linkTestLeadMinutes: linkTest)
                    var changed = plan
                    changed.connectionPoints.append(point)
                    return Registrar.Built(
                        plan: changed, subjects: [.init(.connectionPoint, id)],
                        write: { try $0.addConnectionPoint(point) })
                }))
    }

    /// What registering a connection point reads: the fair's own tables (a point's rules look
    /// at the other points and the sessions linking them) and the person it names as chair; the
    /// attendees of each point are counted by the plan file (a new main point counts those on
    /// site). Nil (the whole plan) when the chair is not decided by identifier or whole name
    /// (``Editor/Names/decidedWholly(in:)``): then the whole plan gives the candidates and
    /// suggestions as before.
    static func focus(_ input: Input, _ store: PlanStore) throws -> PlanFocus? {
        let names = Editor.Names(people: input.chair.map { [$0] } ?? [])
        var focus = names.focus
        focus.fair = true
        return names.decidedWholly(in: try store.loadPlan(focus: focus)) ? focus : nil
    }
}
