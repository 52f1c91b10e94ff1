import Foundation

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

extension Sequence {
    /// Returns the elements sorted by several texts in Vietnamese order, the first text that
    /// differs deciding (each compared totally, as ``VietnameseCollation/compare(_:_:strength:)``),
    /// then by `tieBreak`. Each text's collation key is computed once per element.
    public func sortedVietnamese<TieBreak: Comparable>(
        byTexts texts: (Element) -> [String], then tieBreak: (Element) -> TieBreak
    ) -> [Element] {
        map { (keys: texts($0).map(VietnameseSortKey.init), tie: tieBreak($0), element: $0) }
            .sorted { lhs, rhs in
                for (left, right) in zip(lhs.keys, rhs.keys) {
                    switch left.compare(right) {
                    case .orderedAscending: return true
                    case .orderedDescending: return false
                    case .orderedSame: continue
                    }
                }
                return lhs.tie < rhs.tie
            }
            .map(\.element)
    }
}
