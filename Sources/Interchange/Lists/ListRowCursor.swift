/// The entries of a list, one at a time, in the list's order: read from memory or from a plan
/// file as they are asked for.
public struct ListRowCursor<Element> {
    /// The next entry, or nil at the end.
    let advance: () throws -> Element?

    /// A cursor whose entries `next` gives, nil at the end.
    public init(next: @escaping () throws -> Element?) {
        advance = next
    }

    /// A cursor over entries held in memory.
    public init(_ elements: [Element]) {
        var iterator = elements.makeIterator()
        advance = { iterator.next() }
    }

    /// The next entry, or nil at the end.
    public func next() throws -> Element? {
        try advance()
    }
}
