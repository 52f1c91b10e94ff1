/// A plan's registry (organisations, products, people, attendances) as a plan file gives it to
/// the validator: row by row, with the few questions the rules ask of other rows answered by
/// index, and the entities that share a duplicate key with another found by grouping. Rows come
/// in any order; the validator sorts its findings.
///
/// ``PlanValidator/validate(frame:registry:eachProduct:)`` reads it: a national registry is then
/// checked without holding it in memory, and gives the findings ``PlanValidator/validate(_:)``
/// gives for the whole plan.
public protocol RegistryRows {
    /// Calls `body` with each organisation, its member organisations in order.
    func forEachOrganisation(_ body: (Organisation) throws -> Void) throws
    /// Calls `body` with each product.
    func forEachProduct(_ body: (Product) throws -> Void) throws
    /// Calls `body` with each person.
    func forEachPerson(_ body: (Person) throws -> Void) throws
    /// Calls `body` with each attendance, the person it names (nil when there is none) and whether
    /// that person was listed for the same event before.
    func forEachAttendance(_ body: (Attendance, Person?, _ repeated: Bool) throws -> Void) throws
    /// Whether the registry has an organisation with `id`.
    func containsOrganisation(_ id: Identifier<Organisation>) throws -> Bool
    /// The attendances of `event` counted by the connection point they name (nil: on site).
    func attendanceCounts(of event: Identifier<Event>) throws -> [Identifier<ConnectionPoint>?: Int]
    /// Every organisation whose registration code, or whose name and province
    /// (``PlanFocus/NameInProvince``), another organisation has.
    func organisationsSharingDuplicateKeys() throws -> [Organisation]
    /// Every product whose owner and name (``PlanValidator/duplicateKey(of:)``) another product
    /// has.
    func productsSharingDuplicateKeys() throws -> [Product]
    /// Every person with a duplicate key (``PlanValidator/duplicateKeys(of:)``) another person has.
    func peopleSharingDuplicateKeys() throws -> [Person]
}
