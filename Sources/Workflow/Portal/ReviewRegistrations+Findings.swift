import Planning
import Store

extension ReviewRegistrations {
    /// The fair's own tables with the organisations its parties and requests name, and the
    /// findings about its parties, their booth requests and those organisations: the findings the
    /// whole plan's validation gives about them, without reading the registry.
    ///
    /// The plan is read in two steps. First the fair's tables name the organisations; then the
    /// plan is read focused on the fair with those organisations, their members, and every
    /// organisation sharing a registration code or a name in a province with one of them
    /// (``PlanValidator/focus(registering:)-(Organisation)``), so each of their duplicate groups
    /// is whole. Only findings whose subject or related entity is a party, a booth request or an
    /// organisation are kept; entries pick theirs.
    func fairWithFindings() throws -> (plan: Plan, findings: [Finding]) {
        let validator = PlanValidator()
        let frame = try store.snapshot { try $0.frame() }
        var focus = PlanFocus()
        focus.fair = true
        focus.boothPlan = true
        focus.productIDs = Set(frame.boothRequests.flatMap(\.products).map(\.rawValue))
        for organisation in frame.organisations {
            focus.formUnion(validator.focus(registering: organisation))
        }
        let plan = try store.loadPlan(focus: focus)
        let kinds: Set<Subject.Kind> = [.party, .boothRequest, .organisation]
        let findings = validator.validate(plan).filter { finding in
            ([finding.subject] + finding.related).contains { kinds.contains($0.kind) }
        }
        return (plan, findings)
    }
}
