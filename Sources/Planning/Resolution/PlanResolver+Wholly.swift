extension PlanResolver {
    /// Whether `written` names organisations of the plan by identifier, registration code, or
    /// whole name or short name with or without tones (``NameIndex/resolveWholly(_:)``), found,
    /// ambiguous or not: then ``organisation(_:)`` answers as it would on any plan holding the
    /// same organisations under those keys, such as a plan file's part read for the name.
    public func decidesWholly(organisation written: String) -> Bool {
        Self.organisationIndex(plan.organisations).resolveWholly(written) != nil
    }

    /// Whether `written` names products of the plan by identifier or whole name with or without
    /// tones (as ``decidesWholly(organisation:)``).
    public func decidesWholly(product written: String) -> Bool {
        Self.productIndex(plan.products).resolveWholly(written) != nil
    }

    /// Whether `written` names people of the plan by identifier or whole name with or without
    /// tones (as ``decidesWholly(organisation:)``).
    public func decidesWholly(person written: String) -> Bool {
        Self.personIndex(plan.people).resolveWholly(written) != nil
    }
}
