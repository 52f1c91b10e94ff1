import Planning
import Store

/// Edits one entity: finds it, changes the fields given, checks the changed plan with the Planning
/// rules and writes it in one journaled transaction.
///
/// The findings about the entity after the change are returned (as subject or related entity).
/// An error the edit brings in (one not found about the entity before) refuses it unless `force`;
/// errors already there (written earlier with `--force`) do not block correcting something else.
/// Values equal to the stored ones are no change: an edit that changes nothing is refused, so it
/// leaves no entry in the journal.
struct Editor {
    /// The entity as changed, ready to check and write.
    struct Change {
        /// The plan with the entity changed.
        var plan: Plan
        /// The entity's identifier.
        var id: String
        /// Its name after the change.
        var name: String
        /// The fields whose value changed.
        var changed: [InputField]
        /// The subjects whose findings concern the entity.
        var subjects: Set<Registrar.SubjectKey>
        /// Writes the change (one transaction).
        var write: (PlanStore) throws -> Void
        /// Products leaving a party's chosen list with their organisation (``Amendment/productsLeaving``).
        var productsLeaving: [String] = []
    }

    /// What an edit reads of the plan instead of the whole of it, on a plan file of tens of
    /// thousands of entities.
    struct Reading {
        /// The texts the edit names entities by, its subject's among them: everything they could
        /// mean is read (``Names/focus``).
        var names: Names
        /// What else finding the entity and the others it names needs: the fair's own tables,
        /// the connection points.
        var beside = PlanFocus()
        /// What the rules about the entity look at, as it was in `part` and as `change` leaves it.
        var around: (_ part: Plan, _ change: Change) -> PlanFocus
        /// Whether the rules about the entity count the attendees of connection points: they are
        /// counted by the plan file (``PlanStore/attendeePlaces()``), as a part holds only some
        /// attendances.
        var countsAttendees = false

        /// The part read first: what the names could mean, and ``beside``.
        var resolving: PlanFocus {
            var focus = names.focus
            focus.formUnion(beside)
            return focus
        }
    }

    /// The plan file.
    let store: PlanStore
    /// The kind of entity edited.
    let kind: EntityKind
    /// Whether errors the edit brings in are written anyway.
    let force: Bool

    /// Changes the entity with `change` (from the loaded plan), checks and writes it, journaled as
    /// `command`. With `reading`, only the part of the plan the entity's name and its rules touch
    /// is read (``Reading``).
    func edit(
        command: String, context: ChangeContext, reading: Reading? = nil, _ change: (Plan) throws -> Change
    ) throws -> Amendment {
        let plan = try load(reading, change)
        let changed = try change(plan)
        guard !changed.changed.isEmpty else {
            throw WorkflowError.editing(.nothingToChange(kind, name: changed.name, id: changed.id))
        }
        // Only a name the edit changes: one stored earlier stays editable field by field.
        if changed.changed.contains(.name) || changed.changed.contains(.title) {
            try Registrar.checkLength(ofName: changed.name, kind: kind)
        }
        let concerns = { (finding: Finding) in
            ([finding.subject] + finding.related).contains {
                changed.subjects.contains(Registrar.SubjectKey($0))
            }
        }
        let validator = PlanValidator()
        let places = reading?.countsAttendees == true ? try store.attendeePlaces() : nil
        let validate = { (plan: Plan) in
            places.map { validator.validate(plan, attendeePlaces: $0) } ?? validator.validate(plan)
        }
        let before = Set(validate(plan).filter { $0.severity == .error && concerns($0) }.map(Self.key))
        let findings = validate(changed.plan).filter(concerns)
        let introduced = findings.filter { $0.severity == .error && !before.contains(Self.key($0)) }
        if !force && !introduced.isEmpty {
            throw WorkflowError.refusedByValidation(kind, name: changed.name, findings: findings)
        }
        try changed.write(store.journaling(context.note(command, subject: changed.name)))
        var amendment = Amendment(
            kind: kind, id: changed.id, name: changed.name, changed: changed.changed, findings: findings,
            introducedErrors: introduced.count)
        amendment.productsLeaving = changed.productsLeaving
        return amendment
    }

    /// The plan an edit works on: the whole plan, or with `reading` the part naming the entity,
    /// then that part with what the rules about the entity look at before and after the change.
    /// The findings about the entity are then those of the whole plan. A name the part does not
    /// decide by identifier, code or whole name (``Names/decidedWholly(in:)``) is looked for in
    /// the whole plan, so a part of a name and the suggestions for a name not found are as
    /// before; a change that fails on the part (a name several entities answer to) fails the
    /// same way on the whole plan.
    private func load(_ reading: Reading?, _ change: (Plan) throws -> Change) throws -> Plan {
        guard let reading else { return try store.loadPlan() }
        let part = try store.loadPlan(focus: reading.resolving)
        guard reading.names.decidedWholly(in: part) else { return try store.loadPlan() }
        guard let probe = try? change(part) else { return part }
        var focus = reading.resolving
        focus.formUnion(reading.around(part, probe))
        return try store.loadPlan(focus: focus)
    }

    /// What makes two findings the same problem across an edit: the rule and the entities
    /// (not the wording, which names the entity as it is now).
    static func key(_ finding: Finding) -> [String] {
        [finding.code.rawValue, finding.subject.kind.rawValue, finding.subject.id]
            + finding.related.map { "\($0.kind.rawValue):\($0.id)" }
    }

    /// Throws unless `asked` (the identifier given, if any) is the entity's own identifier.
    static func keep(_ id: String, asked: String?, kind: EntityKind) throws(WorkflowError) {
        if let asked, VietnameseText.normalized(asked) != id {
            throw .editing(.identifierCannotChange(kind, id: id, asked: asked))
        }
    }
}
