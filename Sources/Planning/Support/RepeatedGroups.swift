extension Range where Bound == Int {
    /// The positions sharing a key, for each key given to more than one position, in the order of
    /// their first position; positions without a key (nil) are left out.
    ///
    /// Only repeated keys get a group: a national registry's tens of thousands of distinct names
    /// cost one dictionary entry each, not one array each. Used by the duplicate rules and the
    /// registration check's repeated rows.
    public func repeatedGroups<Key: Hashable>(by key: (Int) -> Key?) -> [[Int]] {
        var first: [Key: Int] = [:]
        first.reserveCapacity(count)
        var groups: [Int: [Int]] = [:]
        for position in self {
            guard let key = key(position) else { continue }
            if let earlier = first[key] {
                groups[earlier, default: [earlier]].append(position)
            } else {
                first[key] = position
            }
        }
        return groups.keys.sorted().map { groups[$0]! }
    }
}
