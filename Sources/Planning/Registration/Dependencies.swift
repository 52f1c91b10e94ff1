/// Which entities of a plan depend on which: the rules for removing an organisation, a product, a
/// person, an exhibiting party, a connection point or a session.
///
/// - An **organisation** is depended on by the products it owns, the party exhibiting as it, the
///   people representing it (these cannot stand without it), the parties sharing their booths
///   with it and the unions listing it as a member (these only lose the reference).
/// - A **product** by the parties whose booth request shows it.
/// - A **person** by the connection points they chair and the sessions they take part in (their
///   own attendance goes with them).
/// - A **party** by nothing: its booth requests, its booths and any offer made to it go with it.
/// - A **connection point** by the people attending there (who then attend on site) and the
///   sessions linked to it.
/// - A **session** by the sessions ordered after it.
public struct Dependencies: Sendable {
    /// The plan examined.
    let plan: Plan

    /// The dependencies of `plan`.
    public init(plan: Plan) {
        self.plan = plan
    }

    /// The entities that refer to `entity` directly, each once per reason, in plan order.
    public func dependents(of entity: PlanEntity) -> [Dependency] {
        var found: [Dependency] = []
        func add(_ dependent: PlanEntity, _ reason: Dependency.Reason) {
            let dependency = Dependency(dependent, on: entity, reason: reason)
            if dependent != entity && !found.contains(dependency) { found.append(dependency) }
        }
        switch entity {
        case .organisation(let id):
            for product in plan.products where product.owner == id {
                add(.product(product.id), .ownedProduct)
            }
            let own = Set(plan.parties.filter { $0.kind == .organisation(id) }.map(\.id))
            for party in plan.parties where own.contains(party.id) { add(.party(party.id), .exhibitor) }
            for person in plan.people where person.organisation == id {
                add(.person(person.id), .representative)
            }
            for request in plan.boothRequests
            where request.sharingOrganisations.contains(id) && !own.contains(request.party) {
                add(.party(request.party), .sharesBooths)
            }
            for union in plan.organisations where union.memberOrganisations.contains(id) {
                add(.organisation(union.id), .unionMember)
            }
        case .product(let id):
            for request in plan.boothRequests where request.products.contains(id) {
                add(.party(request.party), .showsProduct)
            }
        case .person(let id):
            for point in plan.connectionPoints where point.chair == id {
                add(.connectionPoint(point.id), .chairsPoint)
            }
            for session in plan.sessions where session.participants.contains(where: { $0.person == id }) {
                add(.session(session.id), .takesPart)
            }
        case .party:
            break
        case .connectionPoint(let id):
            for attendance in plan.attendances where attendance.place == .connectionPoint(id) {
                add(.person(attendance.person), .attendsAtPoint)
            }
            for session in plan.sessions where session.linkedPoints.contains(id) {
                add(.session(session.id), .linkedToPoint)
            }
        case .session(let id):
            for session in plan.sessions where session.order.contains(.after(id)) {
                add(.session(session.id), .followsSession)
            }
        }
        return found
    }

    /// `entity` and everything a cascade removes with it: the dependents that cannot stand without
    /// it, and theirs in turn; `entity` first, then in the order found.
    public func cascade(from entity: PlanEntity) -> [PlanEntity] {
        var removed = [entity]
        var seen: Set<PlanEntity> = [entity]
        var next = 0
        while next < removed.count {
            for dependency in dependents(of: removed[next])
            where dependency.reason.removesDependent && seen.insert(dependency.dependent).inserted {
                removed.append(dependency.dependent)
            }
            next += 1
        }
        return removed
    }

    /// What removing `entities` does (see ``PlanRemoval``); entities not in the plan are ignored
    /// by the plan afterwards but listed as given.
    public func removing(_ entities: [PlanEntity]) -> PlanRemoval {
        var unique: [PlanEntity] = []
        for entity in entities where !unique.contains(entity) { unique.append(entity) }
        let gone = Set(unique)
        var detached: [Dependency] = []
        var blocking: [Dependency] = []
        for entity in unique {
            for dependency in dependents(of: entity) where !gone.contains(dependency.dependent) {
                if dependency.reason.removesDependent {
                    blocking.append(dependency)
                } else {
                    detached.append(dependency)
                }
            }
        }
        let parties = Set(
            unique.compactMap { entity -> Identifier<ExhibitingParty>? in
                if case .party(let id) = entity { return id }
                return nil
            })
        let freed = plan.boothAssignments.filter { parties.contains($0.party) }.map(\.booth).sorted()
        return PlanRemoval(
            removed: unique, detached: detached, blocking: blocking, freedBooths: freed,
            plan: Self.plan(plan, without: gone))
    }

    /// `plan` without the entities of `gone` and every reference kept entities make to them.
    static func plan(_ plan: Plan, without gone: Set<PlanEntity>) -> Plan {
        func keeps(_ entity: PlanEntity) -> Bool { !gone.contains(entity) }
        var after = plan
        after.organisations = plan.organisations.filter { keeps(.organisation($0.id)) }.map { organisation in
            var kept = organisation
            kept.memberOrganisations.removeAll { !keeps(.organisation($0)) }
            return kept
        }
        after.products = plan.products.filter { keeps(.product($0.id)) }
        after.people = plan.people.filter { keeps(.person($0.id)) }
        after.attendances = plan.attendances.filter { keeps(.person($0.person)) }.map { attendance in
            var kept = attendance
            if case .connectionPoint(let point) = attendance.place, !keeps(.connectionPoint(point)) {
                kept.place = .onSite
            }
            return kept
        }
        after.connectionPoints = plan.connectionPoints.filter { keeps(.connectionPoint($0.id)) }.map {
            point in
            var kept = point
            if let chair = point.chair, !keeps(.person(chair)) { kept.chair = nil }
            return kept
        }
        after.parties = plan.parties.filter { keeps(.party($0.id)) }
        after.boothRequests = plan.boothRequests.filter { keeps(.party($0.party)) }.map { request in
            var kept = request
            kept.sharingOrganisations.removeAll { !keeps(.organisation($0)) }
            kept.products.removeAll { !keeps(.product($0)) }
            return kept
        }
        after.boothAssignments = plan.boothAssignments.filter { keeps(.party($0.party)) }
        after.sessions = plan.sessions.filter { keeps(.session($0.id)) }.map { session in
            var kept = session
            kept.participants.removeAll { !keeps(.person($0.person)) }
            kept.linkedPoints.removeAll { !keeps(.connectionPoint($0)) }
            kept.order.removeAll { constraint in
                if case .after(let earlier) = constraint { return !keeps(.session(earlier)) }
                return false
            }
            return kept
        }
        return after
    }
}
