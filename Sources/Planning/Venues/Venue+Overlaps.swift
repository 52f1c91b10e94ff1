extension Venue {
    /// The booths that overlap one another in each hall, in time O(n log n) in the number of
    /// booths however they lie (2,000 booths on one spot, two million pairs, take milliseconds):
    /// the first `limit` pairs are listed, the rest only counted.
    ///
    /// Two booths of one hall overlap when they share an area wider and deeper than
    /// ``Rect/tolerance`` (1 mm), the rule of ``Rect/overlaps(_:)``; booths without area never
    /// overlap. The hall is swept from west to east, keeping the booths whose east edge lies
    /// beyond the sweep line in two Fenwick trees over their north and south edges, so that the
    /// booths a new booth overlaps are counted in O(log n); listing a pair scans the open booths,
    /// at most `limit` times.
    ///
    /// - Parameter limit: The most pairs listed (``Limits/maximumOverlapsListed`` by default).
    public func overlappingBooths(listing limit: Int = Limits.maximumOverlapsListed) -> BoothOverlaps {
        var pairs: [BoothOverlaps.Pair] = []
        var total = 0
        var overlappingEarlier: [Int] = []
        var scans = 0
        let tolerance = Rect.tolerance
        var byHall: [String: [Int]] = [:]
        for (index, booth) in booths.enumerated() {
            let rect = booth.rect
            // Booths without area (or not a number) never overlap anything.
            guard rect.maxX > rect.x + tolerance, rect.maxY > rect.y + tolerance else { continue }
            byHall[booth.hall, default: []].append(index)
        }
        for hall in byHall.keys.sorted() {
            let order = byHall[hall, default: []].sorted {
                (booths[$0].rect.x, booths[$0].code, $0) < (booths[$1].rect.x, booths[$1].code, $1)
            }
            let rects = order.map { booths[$0].rect }
            // Keys compared with each new booth: the south edges (maxY) against its north edge, the
            // north edges plus the tolerance against its south edge.
            let southEdges = rects.map(\.maxY).sorted()
            let northKeys = rects.map { $0.y + tolerance }.sorted()
            var south = FenwickTree(count: rects.count)
            var north = FenwickTree(count: rects.count)
            let southRank = rects.map { southEdges.firstIndex(notBelow: $0.maxY) }
            let northRank = rects.map { northKeys.firstIndex(notBelow: $0.y + tolerance) }
            let leaving = rects.indices.sorted { rects[$0].maxX < rects[$1].maxX }
            var leavingNext = 0
            var open = [Bool](repeating: false, count: rects.count)
            var left = [Bool](repeating: false, count: rects.count)
            var openCount = 0
            for (position, rect) in rects.enumerated() {
                let line = rect.x + tolerance
                while leavingNext < leaving.count, rects[leaving[leavingNext]].maxX <= line {
                    let gone = leaving[leavingNext]
                    if open[gone] {
                        open[gone] = false
                        openCount -= 1
                        south.add(-1, at: southRank[gone])
                        north.add(-1, at: northRank[gone])
                    }
                    left[gone] = true
                    leavingNext += 1
                }
                // Open booths entirely north of this one (south edge ≤ its north edge + tolerance)
                // or entirely south of it (north edge + tolerance ≥ its south edge) do not overlap.
                let northOf = south.prefixSum(southEdges.firstIndex(above: rect.y + tolerance))
                let southOf = openCount - north.prefixSum(northKeys.firstIndex(notBelow: rect.maxY))
                let count = openCount - northOf - southOf
                if count > 0 {
                    total += count
                    overlappingEarlier.append(order[position])
                    if pairs.count < limit, scans < limit {
                        scans += 1
                        var found = 0
                        for earlier in 0..<position where open[earlier] {
                            let other = rects[earlier]
                            guard other.maxY > rect.y + tolerance, rect.maxY > other.y + tolerance else {
                                continue
                            }
                            pairs.append(BoothOverlaps.Pair(first: order[earlier], second: order[position]))
                            found += 1
                            if found == count || pairs.count == limit { break }
                        }
                    }
                }
                if !left[position] {
                    open[position] = true
                    openCount += 1
                    south.add(1, at: southRank[position])
                    north.add(1, at: northRank[position])
                }
            }
        }
        return BoothOverlaps(pairs: pairs, total: total, overlappingEarlier: overlappingEarlier.sorted())
    }

}

/// Counts over ranks 0..<count with point updates and prefix sums in O(log n).
private struct FenwickTree {
    private var tree: [Int]

    init(count: Int) {
        tree = [Int](repeating: 0, count: count + 1)
    }

    /// Adds `delta` at `rank`.
    mutating func add(_ delta: Int, at rank: Int) {
        var index = rank + 1
        while index < tree.count {
            tree[index] += delta
            index += index & -index
        }
    }

    /// The sum over ranks 0..<`end`.
    func prefixSum(_ end: Int) -> Int {
        var index = min(end, tree.count - 1)
        var sum = 0
        while index > 0 {
            sum += tree[index]
            index -= index & -index
        }
        return sum
    }
}
