public import Planning
public import Store

/// Edits a registered person and how they attend: name, honorific, position, the organisation
/// represented or the unit printed (one replaces the other), province, phone, e-mail, the
/// connection point attended from and the role.
public struct EditPerson: Sendable {
    /// The fields that can be cleared; clearing the point makes the person attend on site.
    public static let clearable: [InputField] =
        [
            .honorific, .position, .organisation, .unit, .province, .phone, .email, .point,
        ] + PersonScheduleInput.clearable

    /// The changes as typed; nil leaves a field as it is.
    public struct Input: Sendable {
        /// The person: identifier or full name.
        public var subject: String
        /// The full name.
        public var name: String?
        /// The honorific as typed: ông, bà or đồng chí.
        public var honorific: String?
        /// The position.
        public var position: String?
        /// The registered organisation represented (replaces the unit).
        public var organisation: String?
        /// The unit printed when it is not a registered organisation (replaces the organisation).
        public var unit: String?
        /// The province the person comes from.
        public var province: String?
        /// A phone number.
        public var phone: String?
        /// An e-mail address.
        public var email: String?
        /// The connection point attended from.
        public var point: String?
        /// The role.
        public var role: Attendance.Role?
        /// The identifier, when given: it must be the current one.
        public var id: String?
        /// Optional fields to empty, as typed (``clearable``).
        public var clear: [String] = []
        /// Whether to write despite errors the edit brings in.
        public var force = false
        /// Spans away and tag wishes to change.
        public var schedule = PersonScheduleInput()

        /// Changes to the person named `subject`.
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
        let clearing = try Clearing(input.clear, kind: .person, clearable: Self.clearable)
        if input.organisation != nil && input.unit != nil {
            throw WorkflowError.conflict(.organisationAndUnit)
        }
        let honorific = try input.honorific.map { text throws(WorkflowError) in
            guard let honorific = Honorific(written: text) else {
                throw .invalidValue(.honorific, value: text, expected: .honorific)
            }
            return honorific
        }
        let province = try input.province.map { text throws(WorkflowError) in
            try WrittenValue.province(text, field: .province)
        }
        return try Editor(store: store, kind: .person, force: input.force).edit(
            command: "edit person", context: context, reading: readsWholePlan ? nil : Self.reading(input)
        ) { plan in
            let resolver = PlanResolver(plan: plan)
            let stored = try resolver.person(input.subject)
            try Editor.keep(stored.id.rawValue, asked: input.id, kind: .person)
            let represented = try input.organisation.map { try resolver.organisation($0).id }
            var edited = stored
            if let name = input.name { edited.name = PersonName(fullName: name) }
            edited.honorific = try clearing.value(.honorific, honorific, else: stored.honorific)
            edited.position = try clearing.value(.position, input.position, else: stored.position).map(
                VietnameseText.normalized)
            edited.organisation = try clearing.value(
                .organisation, represented, else: input.unit == nil ? stored.organisation : nil)
            edited.unit = try clearing.value(.unit, input.unit, else: represented == nil ? stored.unit : nil)
                .map(
                    VietnameseText.normalized)
            edited.province = try clearing.value(.province, province, else: stored.province)
            edited.phone = try clearing.value(.phone, input.phone, else: stored.phone)
            edited.email = try clearing.value(.email, input.email, else: stored.email)
            edited.schedule = try input.schedule.applied(to: stored.schedule, clearing: clearing)
            let storedAttendance = plan.attendances.first {
                $0.person == stored.id && $0.event == plan.event.id
            }
            let attendance = try Self.attendance(storedAttendance, of: stored.id, in: plan, input, clearing)
            var changes = ChangeList()
            changes.compare(.name, stored.name, edited.name)
            changes.compare(.honorific, stored.honorific, edited.honorific)
            changes.compare(.position, stored.position, edited.position)
            changes.compare(.organisation, stored.organisation, edited.organisation)
            changes.compare(.unit, stored.unit, edited.unit)
            changes.compare(.province, stored.province, edited.province)
            changes.compare(.phone, stored.phone, edited.phone)
            changes.compare(.email, stored.email, edited.email)
            changes.compare(.unavailable, stored.schedule.unavailable, edited.schedule.unavailable)
            changes.compare(.timeslotTag, stored.schedule.timeslotTags, edited.schedule.timeslotTags)
            changes.compare(.roomTag, stored.schedule.roomTags, edited.schedule.roomTags)
            changes.compare(.point, storedAttendance?.place ?? .onSite, attendance?.place ?? .onSite)
            changes.compare(.role, storedAttendance?.role, attendance?.role ?? storedAttendance?.role)
            var changed = plan
            changed.people = plan.people.map { $0.id == edited.id ? edited : $0 }
            if let attendance {
                if storedAttendance == nil {
                    changed.attendances.append(attendance)
                } else {
                    changed.attendances = plan.attendances.map {
                        $0.person == stored.id && $0.event == plan.event.id ? attendance : $0
                    }
                }
            }
            return Editor.Change(
                plan: changed, id: edited.id.rawValue, name: edited.name.fullName, changed: changes.fields,
                subjects: [.init(.person, edited.id.rawValue), .init(.attendance, edited.id.rawValue)],
                write: { try $0.updatePerson(edited, attendance: attendance) })
        }
    }

    /// What an edit of a person reads: the people with the identifier given or with that whole
    /// name, with or without tones, the organisations the organisation given could mean, and the
    /// connection points; then the
    /// people sharing a duplicate key with the person, and the person's organisation, before and
    /// after the change (``PlanValidator/focus(registering:)-(Person)``), with their attendances.
    static func reading(_ input: Input) -> Editor.Reading {
        var beside = PlanFocus()
        beside.connectionPoints = true
        return Editor.Reading(
            names: Editor.Names(
                organisations: input.organisation.map { [$0] } ?? [], people: [input.subject]),
            beside: beside,
            around: { part, change in
                let validator = PlanValidator()
                var focus = PlanFocus()
                for plan in [part, change.plan] {
                    for person in plan.people where person.id.rawValue == change.id {
                        focus.formUnion(validator.focus(registering: person))
                    }
                }
                return focus
            })
    }

    /// The attendance after the edit, nil when it stays as stored (none, and nothing given).
    static func attendance(
        _ stored: Attendance?, of person: Identifier<Person>, in plan: Plan, _ input: Input,
        _ clearing: Clearing
    ) throws -> Attendance? {
        let point = try input.point.map {
            Attendance.Place.connectionPoint(try PlanResolver(plan: plan).connectionPoint($0).id)
        }
        try clearing.check(.point, given: point != nil)
        guard point != nil || input.role != nil || clearing.contains(.point) else { return stored }
        var attendance =
            stored ?? Attendance(person: person, event: plan.event.id, place: .onSite, role: .delegate)
        if let point { attendance.place = point }
        if clearing.contains(.point) { attendance.place = .onSite }
        if let role = input.role { attendance.role = role }
        return attendance
    }
}
