public import Planning

/// Where the lists that grow with a national registry get their entries, in list order: a plan
/// in memory (``PlanListSource``), or a plan file read one row at a time.
///
/// The other lists (exhibitors, programme) and the rest of each list (booths, connection points,
/// the event) come from ``PlanLists/plan``, which then needs to hold only the fair's own tables
/// and the registry entities they name.
public protocol ListRowSource: Sendable {
    /// The attendances of `event` with their people, in `order`: alphabetical (given name,
    /// family name, middle names to case, date of birth with unknown last, identifier;
    /// ``Person/alphabeticalOrder(_:_:)``) or protocol order (``Person/protocolOrder(_:_:)``);
    /// in any order when `sorted` is false (to measure them without sorting).
    func attendees(of event: Identifier<Event>, order: AttendeeOrder, sorted: Bool) throws
        -> ListRowCursor<AttendeeEntry>

    /// The products with their owners, by the owner's province (official name), the owner's name,
    /// then the product's name, each in Vietnamese order (empty when there is no owner), then
    /// identifier; in any order when `sorted` is false.
    func products(sorted: Bool) throws -> ListRowCursor<ProductEntry>

    /// The organisations by province and kind and the products by category.
    func registryCounts() throws -> RegistryCounts
}
