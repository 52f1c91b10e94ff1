public import Planning
public import Store

/// Registers a person (delegate, speaker, chair, ...) and how they attend: on site, or at a
/// connection point.
public struct RegisterPerson: Sendable {
    /// The person as typed.
    public struct Input: Sendable {
        /// The full name.
        public var name: String
        /// The honorific as typed: ông, bà or đồng chí.
        public var honorific: String?
        /// The position.
        public var position: String?
        /// The registered organisation represented (identifier, code or name).
        public var organisation: String?
        /// The unit as printed when it is not a registered organisation.
        public var unit: String?
        /// The province the person comes from.
        public var province: String?
        /// A phone number.
        public var phone: String?
        /// An e-mail address.
        public var email: String?
        /// The connection point attended from (on site when nil).
        public var point: String?
        /// The role.
        public var role: Attendance.Role = .delegate
        /// The identifier asked for.
        public var id: String?
        /// Whether to write despite validation errors.
        public var force = false
        /// Spans away and tag wishes for the timeslot grid.
        public var schedule = PersonScheduleInput()

        /// A person named `name`.
        public init(name: String) {
            self.name = name
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Checks and registers the person and their attendance.
    public func run(_ input: Input, context: ChangeContext) throws -> Registration {
        let name = VietnameseText.normalized(input.name)
        let honorific = try input.honorific.map { text throws(WorkflowError) in
            guard let honorific = Honorific(written: text) else {
                throw .invalidValue(.honorific, value: text, expected: .honorific)
            }
            return honorific
        }
        if input.organisation != nil && input.unit != nil {
            throw WorkflowError.conflict(.organisationAndUnit)
        }
        let province = try input.province.map { text throws(WorkflowError) in
            try WrittenValue.province(text, field: .province)
        }
        // Only the organisation, the people the rules compare the person with (same name and
        // phone, or same e-mail, transitively), the connection points and the identifiers a new
        // one could clash with are read.
        let schedule = try input.schedule.applied(to: PersonSchedule())
        let represented = try input.organisation.map { try store.resolveOrganisation($0) }
        let draft = Person(
            id: Identifier(input.id ?? ""), honorific: honorific, fullName: name, position: input.position,
            organisation: represented, unit: input.unit, province: province, phone: input.phone,
            email: input.email)
        var focus = PlanValidator().focus(registering: draft)
        var stems = IdentifierMaker(taken: [])
        focus.identifierStems[.person] = [stems.make(.person, from: name)]
        return try Registrar(
            store: store.journaling(context.note("register person", subject: name)), force: input.force
        ).register(
            Registrar.Order(
                kind: .person, name: name, explicitID: input.id, focus: focus,
                makeID: { $0.make(.person, from: name) },
                taken: { Set($0.people.map(\.id.rawValue)) },
                build: { plan, id in
                    let resolver = PlanResolver(plan: plan)
                    let organisation = represented.flatMap(plan.organisation)
                    var person = Person(
                        id: Identifier(id), honorific: honorific, fullName: name, position: input.position,
                        organisation: represented, unit: input.unit,
                        province: province ?? organisation?.province, phone: input.phone, email: input.email)
                    person.schedule = schedule
                    let place = try input.point.map { text throws(PlanningError) in
                        Attendance.Place.connectionPoint(try resolver.connectionPoint(text).id)
                    }
                    let attendance = Attendance(
                        person: person.id, event: plan.event.id, place: place ?? .onSite, role: input.role)
                    var changed = plan
                    changed.people.append(person)
                    changed.attendances.append(attendance)
                    return Registrar.Built(
                        plan: changed, subjects: [.init(.person, id), .init(.attendance, id)],
                        write: {
                            try $0.importBatch(ImportBatch(people: [person], attendances: [attendance]))
                        })
                }))
    }
}
