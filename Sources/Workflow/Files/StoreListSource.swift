import Interchange
import Planning
import Store

/// The registry's list entries read from a plan file one row at a time, sorted by the database,
/// inside one ``PlanStore/snapshot(_:)``.
///
/// It holds the snapshot's connection, which may be used only inside the snapshot's closure on
/// its thread: an export made inside that closure reads its rows there, as the writers ask for
/// them, and never keeps the source. That is why it is `@unchecked Sendable`.
struct StoreListSource: ListRowSource, @unchecked Sendable {
    /// The snapshot read.
    let snapshot: PlanSnapshot

    /// The attendances of `event` with their people, in `order`, from the plan file.
    func attendees(of event: Identifier<Event>, order: AttendeeOrder, sorted: Bool) throws
        -> ListRowCursor<AttendeeEntry>
    {
        let cursor = try snapshot.attendees(of: event, protocolOrder: order == .protocol, sorted: sorted)
        return ListRowCursor {
            try cursor.next().map {
                AttendeeEntry(
                    person: $0.person, attendance: $0.attendance, organisationName: $0.organisationName)
            }
        }
    }

    /// The products with their owners, from the plan file.
    func products(sorted: Bool) throws -> ListRowCursor<ProductEntry> {
        let cursor = try snapshot.productsWithOwners(sorted: sorted)
        return ListRowCursor {
            try cursor.next().map { entry in
                ProductEntry(
                    product: entry.product,
                    owner: entry.owner.map {
                        ProductEntry.Owner(
                            name: $0.name, registrationCode: $0.registrationCode, province: $0.province)
                    })
            }
        }
    }

    /// The registry counted from the plan file.
    func registryCounts() throws -> RegistryCounts {
        var counts = RegistryCounts()
        try snapshot.countRegistry(into: &counts)
        return counts
    }
}
