import Planning

/// The venue's booths as the allocator indexes them: neighbours and straight lines.
///
/// Built once per problem. Booths are numbered in the venue's order; a **line** is a maximal
/// chain of booths of equal depth (or width) standing side by side along one axis, each sharing a
/// wall with the next, so a window of a line is a straight run. Every booth lies on exactly one
/// horizontal and one vertical line (of one booth, at least).
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
    /// Each booth's horizontal line (an index into ``lines``) and its place along it.
    let row: [(line: Int, place: Int)]
    /// Each booth's vertical line (an index into ``lines``) and its place along it.
    let column: [(line: Int, place: Int)]

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
        let horizontal = Self.lines(of: venue.booths, horizontal: true)
        lines = horizontal + Self.lines(of: venue.booths, horizontal: false)
        var row = [(line: Int, place: Int)](repeating: (-1, 0), count: booths.count)
        var column = row
        for (number, line) in lines.enumerated() {
            for (place, b) in line.enumerated() {
                if number < horizontal.count {
                    row[b] = (number, place)
                } else {
                    column[b] = (number, place)
                }
            }
        }
        self.row = row
        self.column = column
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
}
