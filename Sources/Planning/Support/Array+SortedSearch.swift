extension Array where Element: Comparable {
    /// In an array sorted in increasing order, the first index whose element is at least
    /// `value`: the count of elements smaller than `value` (binary search, O(log n)).
    public func firstIndex(notBelow value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// In an array sorted in increasing order, the first index whose element is above `value`:
    /// the count of elements at most `value` (binary search, O(log n)).
    public func firstIndex(above value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
