public import Planning
public import Store

/// Edits a connection point (điểm cầu): name, province, host, seats, role, chair, the hours it is
/// free (replacing the list), the link test and its technician.
public struct EditPoint: Sendable {
    /// The fields that can be cleared; clearing the hours makes the point available all event.
    public static let clearable: [InputField] = [.chair, .available, .technician, .phone]

    /// The changes as typed; nil leaves a field as it is.
    public struct Input: Sendable {
        /// The point: identifier, name (with or without «Điểm cầu») or province.
        public var subject: String
        /// The name.
        public var name: String?
        /// The province.
        public var province: String?
        /// The host.
        public var host: String?
        /// Seats in the hall.
        public var capacity: Int?
        /// Main or satellite.
        public var role: ConnectionPointRole?
        /// The person chairing there (identifier or name).
        public var chair: String?
        /// Hours the hall is free, each `dd/mm/yyyy hh:mm-hh:mm` (replacing the list).
        public var available: [String]?
        /// Minutes of link test needed.
        public var linkTest: Int?
        /// The technician to call about the link.
        public var technician: String?
        /// The technician's phone.
        public var phone: String?
        /// The identifier, when given: it must be the current one.
        public var id: String?
        /// Optional fields to empty, as typed (``clearable``).
        public var clear: [String] = []
        /// Whether to write despite errors the edit brings in.
        public var force = false

        /// Changes to the point named `subject`.
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
        let clearing = try Clearing(input.clear, kind: .connectionPoint, clearable: Self.clearable)
        let capacity = try input.capacity.map {
            try WrittenValue.integer($0, field: .capacity, in: 1...InputLimits.capacity.upperBound)
        }
        let linkTest = try input.linkTest.map {
            try WrittenValue.integer($0, field: .linkTest, in: InputLimits.linkTestMinutes)
        }
        let province = try input.province.map { text throws(WorkflowError) in
            try WrittenValue.province(text, field: .province)
        }
        let available = try input.available.map { texts throws(WorkflowError) in
            var ranges: [TimeRange] = []
            for text in texts { ranges.append(try WrittenValue.range(text, field: .available)) }
            return ranges
        }
        return try Editor(store: store, kind: .connectionPoint, force: input.force).edit(
            command: "edit point", context: context, reading: readsWholePlan ? nil : Self.reading(input)
        ) { plan in
            let resolver = PlanResolver(plan: plan)
            let stored = try resolver.connectionPoint(input.subject)
            try Editor.keep(stored.id.rawValue, asked: input.id, kind: .connectionPoint)
            var edited = stored
            edited.name = input.name.map(VietnameseText.normalized) ?? stored.name
            edited.province = province ?? stored.province
            edited.host = input.host.map(VietnameseText.normalized) ?? stored.host
            edited.hallCapacity = capacity ?? stored.hallCapacity
            edited.role = input.role ?? stored.role
            edited.chair = try clearing.value(
                .chair, try input.chair.map { try resolver.person($0).id }, else: stored.chair)
            try clearing.check(.available, given: available != nil)
            edited.availability = clearing.contains(.available) ? [] : available ?? stored.availability
            edited.linkTestLeadMinutes = linkTest ?? stored.linkTestLeadMinutes
            edited.technicalContact = try Self.technician(stored.technicalContact, input, clearing)
            var changes = ChangeList()
            changes.compare(.name, stored.name, edited.name)
            changes.compare(.province, stored.province, edited.province)
            changes.compare(.host, stored.host, edited.host)
            changes.compare(.capacity, stored.hallCapacity, edited.hallCapacity)
            changes.compare(.role, stored.role, edited.role)
            changes.compare(.chair, stored.chair, edited.chair)
            changes.compare(.available, stored.availability, edited.availability)
            changes.compare(.linkTest, stored.linkTestLeadMinutes, edited.linkTestLeadMinutes)
            changes.compare(.technician, stored.technicalContact?.name, edited.technicalContact?.name)
            changes.compare(.phone, stored.technicalContact?.phone, edited.technicalContact?.phone)
            var changed = plan
            changed.connectionPoints = plan.connectionPoints.map { $0.id == edited.id ? edited : $0 }
            return Editor.Change(
                plan: changed, id: edited.id.rawValue, name: edited.name, changed: changes.fields,
                subjects: [.init(.connectionPoint, edited.id.rawValue)],
                write: { try $0.updateConnectionPoint(edited) })
        }
    }

    /// What an edit of a connection point reads: the fair's own tables (points are named among
    /// them, and sessions link them) and the person the edit names as chair; then the chairs
    /// before and after the change. The attendees of each point are counted by the plan file.
    /// The rules about a point look at nothing else.
    static func reading(_ input: Input) -> Editor.Reading {
        var beside = PlanFocus()
        beside.fair = true
        return Editor.Reading(
            names: Editor.Names(people: input.chair.map { [$0] } ?? []), beside: beside,
            around: { part, change in
                var focus = PlanFocus()
                for plan in [part, change.plan] {
                    for point in plan.connectionPoints where point.id.rawValue == change.id {
                        if let chair = point.chair { focus.personIDs.insert(chair.rawValue) }
                    }
                }
                return focus
            },
            countsAttendees: true)
    }

    /// The technical contact after the edit; a phone needs a technician.
    static func technician(_ stored: Contact?, _ input: Input, _ clearing: Clearing) throws(WorkflowError)
        -> Contact?
    {
        if clearing.contains(.technician) {
            try clearing.check(.technician, given: input.technician != nil)
            if input.phone != nil { throw .conflict(.contactDetailsWithoutContact) }
            return nil
        }
        guard let name = input.technician ?? stored?.name else {
            if input.phone != nil { throw .conflict(.contactDetailsWithoutContact) }
            return stored
        }
        return Contact(
            name: name, position: stored?.position ?? WorkflowMessage.technicianPosition.text(.vietnamese),
            phone: try clearing.value(.phone, input.phone, else: stored?.phone), email: stored?.email)
    }
}
