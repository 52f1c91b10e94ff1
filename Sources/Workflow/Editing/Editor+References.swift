import Planning

extension Editor {
    /// The texts a command names entities of the registry by: its subject, the owner, the
    /// organisations sharing a booth, the products shown, a chair or speakers.
    ///
    /// A plan file reads every entity such a text could mean by identifier, registration code or
    /// whole name with or without tones (``focus``). When each text is decided at one of those
    /// stages in that part (``decidedWholly(in:)``), found or ambiguous, the whole plan decides
    /// it the same way, with the same candidates: the part holds every entity of the whole plan
    /// answering to it there. A text matched by nothing there (matched only by parts of a name,
    /// or not at all) needs the whole plan, which gives the candidates and the suggestions.
    struct Names {
        /// Texts naming organisations.
        var organisations: [String] = []
        /// Texts naming products.
        var products: [String] = []
        /// Texts naming people.
        var people: [String] = []

        /// What a plan file reads for the names: every organisation and product any stage of
        /// the name index could match (``PlanFocus/organisationReferences``,
        /// ``PlanFocus/productReferences``), every person with the identifier or the whole name
        /// (``PlanFocus/personReferences``).
        var focus: PlanFocus {
            var focus = PlanFocus()
            focus.organisationReferences = Set(organisations)
            focus.productReferences = Set(products)
            focus.personReferences = Set(people)
            return focus
        }

        /// Whether `part` (read with ``focus``) decides every name by identifier, registration
        /// code or whole name (``PlanResolver/decidesWholly(organisation:)``).
        func decidedWholly(in part: Plan) -> Bool {
            let resolver = PlanResolver(plan: part)
            return organisations.allSatisfy { resolver.decidesWholly(organisation: $0) }
                && products.allSatisfy { resolver.decidesWholly(product: $0) }
                && people.allSatisfy { resolver.decidesWholly(person: $0) }
        }
    }
}
