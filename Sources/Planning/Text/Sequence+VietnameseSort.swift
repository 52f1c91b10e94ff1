extension Sequence {
    /// Returns the elements sorted in Vietnamese order of the string that `key` gives for each.
    ///
    /// Each key is computed once. Elements whose strings are canonically equivalent keep their
    /// original relative order.
    public func sortedVietnamese(by key: (Element) -> String) -> [Element] {
        let decorated = enumerated().map {
            (offset: $0.offset, key: VietnameseSortKey(key($0.element)), element: $0.element)
        }
        return decorated.sorted { lhs, rhs in
            lhs.key == rhs.key ? lhs.offset < rhs.offset : lhs.key < rhs.key
        }
        .map(\.element)
    }
}

extension Sequence where Element: StringProtocol {
    /// Returns the strings sorted in Vietnamese order.
    public func sortedVietnamese() -> [Element] {
        sortedVietnamese { String($0) }
    }
}
