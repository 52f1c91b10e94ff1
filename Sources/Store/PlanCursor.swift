/// Entities read from a plan file one at a time, in order: valid only inside the
/// ``PlanStore/snapshot(_:)`` closure that made it.
public struct PlanCursor<Element> {
    /// The next entity, or nil at the end.
    let advance: () throws -> Element?

    /// A cursor whose entities `advance` gives.
    init(_ advance: @escaping () throws -> Element?) {
        self.advance = advance
    }

    /// The next entity, or nil at the end.
    public func next() throws -> Element? {
        try advance()
    }
}
