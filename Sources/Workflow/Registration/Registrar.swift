import Planning
import Store

/// Registers one entity: gives it an identifier, checks it with the Planning rules against the
/// whole plan, and writes it in one transaction.
///
/// The findings that concern the new entity (as subject or as a related entity, so a duplicate of
/// an earlier registration counts) are returned. Errors refuse the registration unless `force`;
/// warnings and remarks never do. When another process takes the identifier between the check and
/// the write, a fresh identifier is tried.
struct Registrar {
    /// What a registration needs: how to name it, make it and write it.
    struct Order {
        /// The kind of entity.
        var kind: EntityKind
        /// The name shown and the one the identifier is made from.
        var name: String
        /// The identifier asked for, when any (used as is).
        var explicitID: String?
        /// The part of the plan the rules about the new entity look at (with the identifiers its
        /// own could clash with); nil reads the whole plan.
        var focus: PlanFocus? = nil
        /// Whether the rules about the new entity count the attendees of connection points: with a
        /// focus they are counted by the plan file (``PlanStore/attendeePlaces()``), as the part
        /// read holds only some attendances.
        var countsAttendees = false
        /// The identifier made when none is asked for, from the plan's taken identifiers.
        var makeID: (inout IdentifierMaker) -> String
        /// The identifiers of this kind already in a plan.
        var taken: (Plan) -> Set<String>
        /// The plan with the new entity added, the subjects the findings may be about, and the
        /// write; from the loaded plan and the new identifier.
        var build: (Plan, String) throws -> Built
    }

    /// A new entity ready to check and write.
    struct Built {
        /// The plan with the entity added (for validation).
        var plan: Plan
        /// The subjects whose findings concern the new entity.
        var subjects: Set<SubjectKey>
        /// Writes the entity (one transaction).
        var write: (PlanStore) throws -> Void
        /// The parties whose booths now show the entity, by name (see ``Registration/shownBy``).
        var shownBy: [String] = []
    }

    /// A subject's kind and identifier, as compared.
    struct SubjectKey: Hashable {
        var kind: Subject.Kind
        var id: String

        init(_ kind: Subject.Kind, _ id: String) {
            self.kind = kind
            self.id = id
        }

        init(_ subject: Subject) {
            self.init(subject.kind, subject.id)
        }
    }

    /// The plan file written to.
    let store: PlanStore
    /// Whether errors found by validation are written anyway.
    let force: Bool

    /// How many times a generated identifier is retried when another process took it meanwhile.
    static let attempts = 5

    /// Refuses an empty name (or one of spaces only) and a name longer than
    /// ``Limits/maximumNameLength`` characters (a session's title included), as the importer
    /// refuses such a cell, before anything is read or written.
    static func checkLength(ofName name: String, kind: EntityKind) throws(WorkflowError) {
        try checkLength(ofName: name, field: kind == .session ? .title : .name)
    }

    /// Refuses an empty name (or one without a letter or digit) and a name longer than
    /// ``Limits/maximumNameLength`` characters, naming `field`: the one check every name written
    /// from outside goes through (an event's and its organiser's too).
    static func checkLength(ofName name: String, field: InputField) throws(WorkflowError) {
        guard name.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw .invalidValue(field, value: name, expected: .nonEmptyName)
        }
        let characters = name.count
        guard characters > Limits.maximumNameLength else { return }
        throw .invalidValue(
            field, value: String(name.prefix(60)) + "…",
            expected: .nameLength(characters: characters, maximum: Limits.maximumNameLength))
    }

    /// Checks and writes the entity of `order`.
    func register(_ order: Order) throws -> Registration {
        try Self.checkLength(ofName: order.name, kind: order.kind)
        var attempt = 0
        while true {
            attempt += 1
            let plan = try load(order)
            var taken = order.taken(plan)
            if let stems = order.focus?.identifierStems[order.kind] {
                taken.formUnion(try store.identifiers(of: order.kind, from: stems))
            }
            var maker = IdentifierMaker(taken: taken)
            let id = order.explicitID ?? order.makeID(&maker)
            if order.explicitID != nil, taken.contains(id) {
                throw StoreError.duplicate(Self.storedEntity(order.kind), id: id)
            }
            let places = order.countsAttendees && order.focus != nil ? try store.attendeePlaces() : nil
            let built = try order.build(plan, id)
            let findings = Self.findings(of: built, attendeePlaces: places)
            if !force && findings.contains(where: { $0.severity == .error }) {
                throw WorkflowError.refusedByValidation(order.kind, name: order.name, findings: findings)
            }
            do {
                try built.write(store)
            } catch StoreError.duplicate(_, let clash)
                where clash == id && order.explicitID == nil && attempt < Self.attempts
            {
                continue
            } catch StoreError.registrationCodeTaken(let code, let holder) {
                // The code is another organisation's (checked in the writing transaction, so two
                // processes cannot both register it): without --force, refused as a sequential
                // duplicate is, by the rules on the plan as it now stands; a duplicate code is never
                // written, even forced.
                let findings = Self.findings(
                    of: try order.build(try load(order), id), attendeePlaces: places)
                if !force && findings.contains(where: { $0.severity == .error }) {
                    throw WorkflowError.refusedByValidation(order.kind, name: order.name, findings: findings)
                }
                throw StoreError.registrationCodeTaken(code: code, organisation: holder)
            }
            var registration = Registration(kind: order.kind, id: id, name: order.name, findings: findings)
            registration.shownBy = built.shownBy
            return registration
        }
    }

    /// The plan as the order needs it: the focus with the explicit identifier, or the whole plan.
    private func load(_ order: Order) throws -> Plan {
        guard var focus = order.focus else { return try store.loadPlan() }
        if let id = order.explicitID { focus.identifierStems[order.kind, default: []].insert(id) }
        return try store.loadPlan(focus: focus)
    }

    /// The findings of the rules that concern a built entity; with `places`, the attendees of
    /// connection points counted from them (``PlanValidator/validate(_:attendeePlaces:)``).
    static func findings(
        of built: Built, attendeePlaces places: [Identifier<ConnectionPoint>?: Int]? = nil
    ) -> [Finding] {
        let validator = PlanValidator()
        let findings =
            places.map { validator.validate(built.plan, attendeePlaces: $0) }
            ?? validator.validate(built.plan)
        return findings.filter { finding in
            ([finding.subject] + finding.related).contains { built.subjects.contains(SubjectKey($0)) }
        }
    }

    /// The stored kind of an entity kind.
    static func storedEntity(_ kind: EntityKind) -> StoredEntity {
        switch kind {
        case .product: .product
        case .person: .person
        case .party: .party
        case .connectionPoint: .connectionPoint
        case .session: .session
        default: .organisation
        }
    }
}
