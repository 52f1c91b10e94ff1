public import Planning

/// The entries of the registry's lists from a plan in memory, sorted as they are asked for.
public struct PlanListSource: ListRowSource {
    /// The plan.
    let plan: Plan
    /// Its entities by identifier.
    let lookup: PlanLookup

    /// The source of `plan`'s lists.
    public init(plan: Plan) {
        self.plan = plan
        lookup = plan.lookup
    }

    /// The attendances of `event` with their people, in `order` (sorted either way: in memory
    /// the sort is what the entries cost).
    public func attendees(of event: Identifier<Event>, order: AttendeeOrder, sorted: Bool)
        -> ListRowCursor<AttendeeEntry>
    {
        let entries = plan.attendances.filter { $0.event == event }.compactMap { attendance in
            lookup.person(attendance.person).map { person in
                AttendeeEntry(
                    person: person, attendance: attendance,
                    organisationName: person.organisation.flatMap { lookup.organisation($0)?.name })
            }
        }
        return ListRowCursor(entries.sortedAsPeopleList(protocolOrder: order == .protocol) { $0.person })
    }

    /// The products with their owners, by province, owner and name (sorted either way).
    public func products(sorted: Bool) -> ListRowCursor<ProductEntry> {
        let entries = plan.products.map { product in
            ProductEntry(
                product: product, owner: lookup.organisation(product.owner).map(ProductEntry.Owner.init))
        }
        return ListRowCursor(
            entries.sortedVietnamese(
                byTexts: { [$0.owner?.province.officialName ?? "", $0.owner?.name ?? "", $0.product.name] },
                then: \.product.id))
    }

    /// The plan's registry counts.
    public func registryCounts() -> RegistryCounts {
        RegistryCounts(plan)
    }
}
