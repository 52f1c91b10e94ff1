import Planning

/// The venue's booths as the allocator indexes them: neighbours, straight lines, prime units.
///
/// Built once per problem. Booths are numbered in the venue's order; a **line** is a maximal
/// chain of booths of equal depth (or width) standing side by side along one axis, each sharing a
/// wall with the next, so a window of a line is a straight run.
struct BoothGeometry: Sendable {
    /// The booths in venue order.
    let booths: [Booth]
    /// Each booth's number, by code.
    let index: [String: Int]
    /// Each booth's neighbours with the weight of the adjacency (1 wall, 0.5 facing).
    let neighbours: [[(booth: Int, weight: Double)]]
    /// Each booth's shared-wall neighbours.
    let walls: [[Int]]
    /// The maximal straight lines, horizontal then vertical.
    let lines: [[Int]]

    /// Indexes a venue.
    init(venue: Venue) {
        booths = venue.booths
        index = Dictionary(venue.booths.enumerated().map { ($1.code, $0) }) { first, _ in first }
        var neighbours = [[(booth: Int, weight: Double)]](repeating: [], count: booths.count)
        var walls = [[Int]](repeating: [], count: booths.count)
        for adjacency in venue.adjacency() {
            guard let a = index[adjacency.first], let b = index[adjacency.second], a != b else { continue }
            let weight = BoothAllocationProblem.weight(of: adjacency.kind)
            neighbours[a].append((b, weight))
            neighbours[b].append((a, weight))
            if adjacency.kind == .sharedWall {
                walls[a].append(b)
                walls[b].append(a)
            }
        }
        self.neighbours = neighbours
        self.walls = walls
        lines =
            Self.lines(of: venue.booths, horizontal: true) + Self.lines(of: venue.booths, horizontal: false)
    }

    /// The maximal chains of booths side by side along one axis.
    static func lines(of booths: [Booth], horizontal: Bool) -> [[Int]] {
        let t = Rect.tolerance
        func key(_ booth: Booth) -> [Double] {
            horizontal ? [booth.rect.y, booth.rect.depth] : [booth.rect.x, booth.rect.width]
        }
        let groups = Dictionary(grouping: booths.indices) { i in
            "\(booths[i].hall)|"
                + key(booths[i]).map { String(Int(($0 * 1000).rounded())) }.joined(separator: "|")
        }
        var result: [[Int]] = []
        for group in groups.values {
            let sorted = group.sorted {
                horizontal ? booths[$0].rect.x < booths[$1].rect.x : booths[$0].rect.y < booths[$1].rect.y
            }
            var current: [Int] = []
            for i in sorted {
                if let last = current.last {
                    let end = horizontal ? booths[last].rect.maxX : booths[last].rect.maxY
                    let start = horizontal ? booths[i].rect.x : booths[i].rect.y
                    if abs(end - start) >= t {
                        result.append(current)
                        current = []
                    }
                }
                current.append(i)
            }
            if !current.isEmpty { result.append(current) }
        }
        return result.sorted { $0[0] != $1[0] ? $0[0] < $1[0] : $0.count < $1.count }
    }

    /// Every straight run of `length` booths all accepted by `allowed`.
    func straightRuns(length: Int, allowed: (Int) -> Bool) -> [[Int]] {
        var result: [[Int]] = []
        var seen: Set<[Int]> = []
        for line in lines where line.count >= length {
            var start = 0
            while start + length <= line.count {
                let window = Array(line[start..<(start + length)])
                if let bad = window.lastIndex(where: { !allowed($0) }) {
                    start += bad + 1
                    continue
                }
                let key = window.sorted()
                if seen.insert(key).inserted { result.append(key) }
                start += 1
            }
        }
        return result
    }

    /// Every block of `size` allowed booths joined by shared walls, each listed once (Wernicke's
    /// ESU enumeration of connected sets), up to `limit` blocks.
    func connectedBlocks(size: Int, limit: Int = 20_000, allowed: (Int) -> Bool) -> [[Int]] {
        var result: [[Int]] = []
        func extend(_ block: [Int], _ frontier: [Int], root: Int) {
            if result.count >= limit { return }
            if block.count == size {
                result.append(block.sorted())
                return
            }
            var pending = frontier
            while let next = pending.popLast() {
                let grown = block + [next]
                var further = pending
                for candidate in walls[next] where candidate > root && allowed(candidate) {
                    let known =
                        grown.contains(candidate) || further.contains(candidate)
                        || block.contains { walls[$0].contains(candidate) }
                    if !known { further.append(candidate) }
                }
                extend(grown, further, root: root)
            }
        }
        for root in booths.indices where allowed(root) {
            extend([root], walls[root].filter { $0 > root && allowed($0) }, root: root)
        }
        return result
    }
}
