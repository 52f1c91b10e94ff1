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
    }

    /// The plan file.
    let store: PlanStore
    /// The kind of entity edited.
    let kind: EntityKind
    /// Whether errors the edit brings in are written anyway.
    let force: Bool

    /// Changes the entity with `change` (from the loaded plan), checks and writes it, journaled as
    /// `command`.
    func edit(command: String, context: ChangeContext, _ change: (Plan) throws -> Change) throws -> Amendment
    {
        let plan = try store.loadPlan()
        let changed = try change(plan)
        guard !changed.changed.isEmpty else {
            throw WorkflowError.editing(.nothingToChange(kind, name: changed.name, id: changed.id))
        }
        let concerns = { (finding: Finding) in
            ([finding.subject] + finding.related).contains {
                changed.subjects.contains(Registrar.SubjectKey($0))
            }
        }
        let validator = PlanValidator()
        let before = Set(
            validator.validate(plan).filter { $0.severity == .error && concerns($0) }.map(Self.key))
        let findings = validator.validate(changed.plan).filter(concerns)
        let introduced = findings.filter { $0.severity == .error && !before.contains(Self.key($0)) }
        if !force && !introduced.isEmpty {
            throw WorkflowError.refusedByValidation(kind, name: changed.name, findings: findings)
        }
        try changed.write(store.journaling(context.note(command, subject: changed.name)))
        return Amendment(
            kind: kind, id: changed.id, name: changed.name, changed: changed.changed, findings: findings,
            introducedErrors: introduced.count)
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
