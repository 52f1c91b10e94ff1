/// The rows of a listing, read from the plan file as they are passed on: valid only inside
/// ``ListPlan/stream(_:status:language:_:)``'s closure.
public struct ListRows {
    /// What is listed.
    public let subject: ListPlan.Subject
    /// The columns.
    public let columns: [ListColumn]
    /// Reads the rows, sorted or not, and passes each on.
    let produce: (_ sorted: Bool, _ emit: ([String]) throws -> Void) throws -> Void

    /// Passes each row (one text per column) to `body`, in order, reading it from the plan file.
    ///
    /// With `sorted` false the same rows come in no particular order, numbered in the order they
    /// come: enough to count them or measure their texts, without the cost of sorting.
    public func forEachRow(sorted: Bool = true, _ body: ([String]) throws -> Void) throws {
        try produce(sorted, body)
    }
}
