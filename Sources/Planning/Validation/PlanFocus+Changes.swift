extension PlanFocus {
    /// Whether adding these entities to the plan may change what a check that read only this
    /// focus says: true when one of them is an entity the focus names (by identifier, registration
    /// code, name in its province, duplicate key, name, owner, or a reference that answers to
    /// it), takes an identifier a new one of the check could have been given, or is a party of an
    /// organisation the focus names or of a provincial alliance (grouped by province and name,
    /// which the focus does not hold). Entities the focus does not name are invisible to the
    /// rules about its entities, so a check need not run again for them.
    public func mayBeChanged(
        byAdding organisations: [Organisation], products: [Product], people: [Person],
        parties: [ExhibitingParty], requests: [BoothRequest]
    ) -> Bool {
        let organisationReferences = NameReferenceKeys(self.organisationReferences)
        for organisation in organisations {
            if organisationIDs.contains(organisation.id.rawValue)
                || organisation.registrationCode.map({ registrationCodes.contains($0.description) }) == true
                || organisationNames.contains(NameInProvince(organisation))
                || organisation.memberOrganisations.contains(where: { organisationIDs.contains($0.rawValue) })
                || stem(of: .organisation, couldMake: organisation.id.rawValue)
                || organisationReferences.matches(
                    identifier: organisation.id.rawValue, code: organisation.registrationCode,
                    names: [organisation.name, organisation.shortName].compactMap { $0 })
            {
                return true
            }
        }
        let productReferences = NameReferenceKeys(self.productReferences)
        for product in products {
            if productIDs.contains(product.id.rawValue) || productOwners.contains(product.owner.rawValue)
                || organisationIDs.contains(product.owner.rawValue)
                || stem(of: .product, couldMake: product.id.rawValue)
                || productReferences.matches(
                    identifier: product.id.rawValue, code: nil, names: [product.name])
            {
                return true
            }
        }
        let personReferenceTexts = Set(personReferences.map(VietnameseText.normalized))
        let personReferenceKeys = Set(
            personReferenceTexts.flatMap { [NameKey.exact($0), NameKey.folded($0)] })
        for person in people {
            if personIDs.contains(person.id.rawValue)
                || personReferenceTexts.contains(person.id.rawValue)
                || personReferenceKeys.contains(NameKey.exact(person.name.fullName))
                || personReferenceKeys.contains(NameKey.folded(person.name.fullName))
                || person.organisation.map({ organisationIDs.contains($0.rawValue) }) == true
                || personNames.contains(NameKey.exact(person.name.fullName))
                || PlanValidator.duplicateKeys(of: person).contains(where: personKeys.contains)
                || stem(of: .person, couldMake: person.id.rawValue)
            {
                return true
            }
        }
        for party in parties {
            guard case .organisation(let id) = party.kind else { return true }
            if organisationIDs.contains(id.rawValue) || stem(of: .party, couldMake: party.id.rawValue) {
                return true
            }
        }
        for request in requests
        where request.sharingOrganisations.contains(where: { organisationIDs.contains($0.rawValue) })
            || request.products.contains(where: { productIDs.contains($0.rawValue) })
        {
            return true
        }
        return false
    }

    /// The focus with everything `plan` (read with it) holds named by identifier, and its people's
    /// duplicate keys: what a check against `plan` looked at, whatever named it.
    public func including(_ plan: Plan) -> PlanFocus {
        var focus = self
        focus.organisationIDs.formUnion(plan.organisations.map(\.id.rawValue))
        focus.productIDs.formUnion(plan.products.map(\.id.rawValue))
        focus.personIDs.formUnion(plan.people.map(\.id.rawValue))
        for person in plan.people { focus.personKeys.formUnion(PlanValidator.duplicateKeys(of: person)) }
        return focus
    }
}
