import Planning

extension RegistrationCheck {
    /// What of the plan this check looked at or could have (``RegistrationReport/focus``): the
    /// focus of every organisation, product and person the rows made (whatever their standing),
    /// the people of the plan with a row's name (rows stand for people by name and organisation
    /// or unit), the texts that named organisations and products, the bases of the identifiers
    /// made, and the fair's own tables (with the booths assigned when rows update parties).
    func focus(
        organisations: [ParsedRow<Organisation>], products: [ParsedRow<Product>],
        people: [ParsedRow<Delegate>], parties: [ParsedRow<BoothRegistration>]
    ) -> PlanFocus {
        let validator = PlanValidator()
        var focus = PlanFocus()
        focus.fair = true
        // Rows that update parties of the plan are checked with their booths.
        focus.boothPlan = update && parties.contains { !$0.standing.changes.isEmpty }
        for parsed in organisations { focus.formUnion(validator.focus(registering: parsed.entity)) }
        for parsed in products { focus.formUnion(validator.focus(registering: parsed.entity)) }
        for parsed in people {
            focus.formUnion(validator.focus(registering: parsed.entity.person))
            focus.personNames.insert(NameKey.exact(parsed.entity.person.name.fullName))
        }
        focus.organisationReferences = references.organisations
        focus.productReferences = references.products
        for kind in [EntityKind.organisation, .product, .person, .party] {
            let bases = identifiers.bases(of: kind)
            if !bases.isEmpty { focus.identifierStems[kind] = bases }
        }
        return focus
    }
}
