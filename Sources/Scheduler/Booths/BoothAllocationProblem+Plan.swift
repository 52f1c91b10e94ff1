public import Planning

extension BoothAllocationProblem {
    /// Builds the problem from a plan: its venue, parties with their booth requests, organisations
    /// and products; booths the plan pins or holds are kept.
    ///
    /// - Parameters:
    ///   - plan: the plan; it must have a venue.
    ///   - policy: the organisers' rules.
    ///   - published: the published plan to stay close to; nil takes the plan's assignments that
    ///     are neither pinned nor held.
    /// - Throws: ``SchedulerError/invalidInstance(problems:)`` when the plan has no venue or is
    ///   inconsistent, ``SchedulerError/unknownReference(kind:identifier:)`` for a request naming
    ///   an unknown party.
    public init(
        plan: Plan, policy: BoothAllocationPolicy = .standard, published: [BoothAssignment]? = nil
    ) throws(SchedulerError) {
        guard let venue = plan.venue else {
            throw .invalidInstance(problems: ["Kế hoạch chưa có địa điểm (sơ đồ gian hàng)."])
        }
        let products = Dictionary(plan.products.map { ($0.id, $0) }) { first, _ in first }
        let day = plan.event.firstDay
        var parties: [BoothParty] = []
        for request in plan.boothRequests {
            guard let party = plan.party(request.party) else {
                throw .unknownReference(kind: "đơn vị tham gia", identifier: request.party.rawValue)
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
                    id: party.id, name: party.name, province: plan.province(of: party),
                    cluster: party.cluster,
                    boothsWanted: request.boothsWanted, servicesNeeded: request.servicesNeeded,
                    showsFood: fresh || categories.contains { $0 == .agriFood || $0 == .beverages },
                    showsFreshFood: fresh, productSets: Set(sets), mainCategory: main,
                    bestStars: stars.max() ?? 0, registeredAt: party.registeredAt, priority: party.priority,
                    preferredZones: request.preferredZones))
        }
        let fixed = plan.boothAssignments.filter { $0.pinned || $0.state == .held }
        let current = plan.boothAssignments.filter { !$0.pinned && $0.state == .assigned }
        try self.init(
            title: plan.event.name, venue: venue, parties: parties, fixed: fixed,
            published: published ?? current, policy: policy)
    }
}
