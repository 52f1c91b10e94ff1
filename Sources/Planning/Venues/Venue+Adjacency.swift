extension Venue {
    /// The widest gap between two booth fronts still counted as facing across one aisle, in metres.
    public static let defaultMaximumAisleWidth = 6.0

    /// The neighbour relations of the venue's booths, derived from geometry.
    ///
    /// Two booths in the same hall **share a wall** when their edges coincide over a length of
    /// more than 1 mm. They **face** each other when each has an open side towards the other,
    /// nothing but free floor lies between them (no third booth in the gap), the gap is at most
    /// `maximumAisleWidth`, and their fronts overlap by at least half the narrower booth.
    /// The result is sorted by codes, then kind.
    public func adjacency(maximumAisleWidth: Double = defaultMaximumAisleWidth) -> [BoothAdjacency] {
        var result: [BoothAdjacency] = []
        let byHall = Dictionary(grouping: booths, by: \.hall)
        for hallBooths in byHall.values {
            let sorted = hallBooths.sorted { $0.rect.x < $1.rect.x }
            for (index, a) in sorted.enumerated() {
                for b in sorted[(index + 1)...] {
                    if b.rect.x > a.rect.maxX + maximumAisleWidth + Rect.tolerance { break }
                    if let relation = Self.relation(
                        a, b, maximumAisleWidth: maximumAisleWidth, among: hallBooths)
                    {
                        result.append(relation)
                    }
                }
            }
        }
        return result.sorted {
            ($0.first, $0.second, $0.kind.rawValue) < ($1.first, $1.second, $1.kind.rawValue)
        }
    }

    /// The relation between two booths of one hall, if any.
    static func relation(
        _ a: Booth, _ b: Booth, maximumAisleWidth: Double, among others: [Booth]
    ) -> BoothAdjacency? {
        let t = Rect.tolerance
        let ra = a.rect
        let rb = b.rect
        let xOverlap = ra.overlapLength(ra.x, ra.maxX, rb.x, rb.maxX)
        let yOverlap = ra.overlapLength(ra.y, ra.maxY, rb.y, rb.maxY)
        // Shared walls: touching edges with a common length.
        if (abs(ra.maxX - rb.x) < t || abs(rb.maxX - ra.x) < t) && yOverlap > t {
            return BoothAdjacency(a.code, b.code, kind: .sharedWall)
        }
        if (abs(ra.maxY - rb.y) < t || abs(rb.maxY - ra.y) < t) && xOverlap > t {
            return BoothAdjacency(a.code, b.code, kind: .sharedWall)
        }
        // Facing across an aisle, vertically (north/south fronts) or horizontally (east/west).
        let candidates: [(Side, Double, Double, Rect)] = [
            (
                .south, rb.y - ra.maxY, xOverlap,
                Rect(x: max(ra.x, rb.x), y: ra.maxY, width: xOverlap, depth: rb.y - ra.maxY)
            ),
            (
                .north, ra.y - rb.maxY, xOverlap,
                Rect(x: max(ra.x, rb.x), y: rb.maxY, width: xOverlap, depth: ra.y - rb.maxY)
            ),
            (
                .east, rb.x - ra.maxX, yOverlap,
                Rect(x: ra.maxX, y: max(ra.y, rb.y), width: rb.x - ra.maxX, depth: yOverlap)
            ),
            (
                .west, ra.x - rb.maxX, yOverlap,
                Rect(x: rb.maxX, y: max(ra.y, rb.y), width: ra.x - rb.maxX, depth: yOverlap)
            ),
        ]
        for (side, gap, overlap, aisle) in candidates where gap > t && gap <= maximumAisleWidth + t {
            let narrower =
                side == .north || side == .south ? min(ra.width, rb.width) : min(ra.depth, rb.depth)
            guard overlap >= narrower / 2 - t else { continue }
            guard a.openSides.contains(side), b.openSides.contains(side.opposite) else { continue }
            let blocked = others.contains {
                $0.code != a.code && $0.code != b.code && $0.rect.overlaps(aisle)
            }
            if !blocked {
                return BoothAdjacency(a.code, b.code, kind: .facing, gap: gap)
            }
        }
        return nil
    }
}
