public import Planning

extension BoothAllocationProblem {
    /// Builds the problem from a plan: its venue, parties with their booth requests, organisations
    /// and products; booths the plan pins or holds are kept. Every registration not withdrawn takes
    /// part (``BoothEligibility/allRegistered``): to leave pending ones out, or to restrict the run
    /// to some parties, prepare a ``BoothAllocationScope`` and use ``init(scope:policy:published:)``.
    ///
    /// - Parameters:
    ///   - plan: the plan; it must have a venue.
    ///   - policy: the organisers' rules.
    ///   - published: the published plan to stay close to; nil takes the plan's assignments that
    ///     are neither pinned nor held.
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` when the plan has no venue or is
    ///   inconsistent, ``SchedulerError/unknownReference(_:identifier:)`` for a request naming
    ///   an unknown party.
    public init(
        plan: Plan, policy: BoothAllocationPolicy = .standard, published: [BoothAssignment]? = nil
    ) throws(SchedulerError) {
        try self.init(
            scope: BoothAllocationScope(plan: plan, eligibility: .allRegistered), policy: policy,
            published: published)
    }

    /// Builds the problem of a prepared run: the parties taking part with their requests,
    /// organisations and products, on the scope's venue (booths of parties left out blocked).
    ///
    /// - Parameters:
    ///   - scope: the run, prepared from a plan (see ``BoothAllocationScope``).
    ///   - policy: the organisers' rules.
    ///   - published: the published plan to stay close to; nil takes the scoped plan's
    ///     assignments that are neither pinned nor held.
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` when the plan has no venue or is
    ///   inconsistent, ``SchedulerError/unknownReference(_:identifier:)`` for a request naming
    ///   an unknown party.
    public init(
        scope: BoothAllocationScope, policy: BoothAllocationPolicy = .standard,
        published: [BoothAssignment]? = nil
    ) throws(SchedulerError) {
        let plan = scope.plan
        guard let venue = plan.venue else {
            throw .invalidInstance([.noVenue])
        }
        let products = Dictionary(plan.products.map { ($0.id, $0) }) { first, _ in first }
        let lookup = plan.lookup
        let day = plan.event.firstDay
        var parties: [BoothParty] = []
        // In registration order (the order the plan holds its parties): the queue's last tie-break.
        let registered = Dictionary(plan.parties.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let requests = plan.boothRequests.enumerated().sorted { a, b in
            let x = registered[a.element.party] ?? Int.max
            let y = registered[b.element.party] ?? Int.max
            return x != y ? x < y : a.offset < b.offset
        }
        for (_, request) in requests {
            guard let party = lookup.party(request.party) else {
                throw .unknownReference(.party, identifier: request.party.rawValue)
            }
            let shown = request.products.compactMap { products[$0] }
            let categories = shown.compactMap(\.category)
            let counts = Dictionary(grouping: categories, by: { $0 }).mapValues(\.count)
            var main: ProductCategory?
            for category in ProductCategory.allCases
            where (counts[category] ?? 0) > (main.flatMap { counts[$0] } ?? 0) {
                main = category
            }
            let stars = shown.compactMap { product -> Int? in
                guard let recognition = product.recognition, recognition.hasRecognisedStars else {
                    return nil
                }
                if let day, !recognition.status(on: day).isValid { return nil }
                return recognition.stars
            }
            let sets = shown.compactMap { product -> Int? in
                if case .productSet(let number) = product.classification?.current { return number }
                return nil
            }
            let fresh = shown.contains(where: \.needsColdChain)
            parties.append(
                BoothParty(
                    id: party.id, name: party.name, province: lookup.province(of: party),
                    cluster: party.cluster,
                    boothsWanted: request.boothsWanted, servicesNeeded: request.servicesNeeded,
                    showsFood: fresh || categories.contains { $0 == .agriFood || $0 == .beverages },
                    showsFreshFood: fresh, productSets: Set(sets), mainCategory: main,
                    bestStars: stars.max() ?? 0, registeredAt: party.registeredAt, priority: party.priority,
                    preferredZones: request.preferredZones, registrationStatus: party.registrationStatus))
        }
        let fixed = plan.boothAssignments.filter { $0.pinned || $0.state == .held }
        let current = plan.boothAssignments.filter { !$0.pinned && $0.state == .assigned }
        try self.init(
            title: plan.event.name, venue: venue, parties: parties, fixed: fixed,
            published: published ?? current, policy: policy, withdrawn: scope.withdrawnParties)
    }
}
