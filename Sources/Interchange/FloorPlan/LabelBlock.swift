public import Planning

/// Booths that carry one label together: a party's booths forming a rectangle (its block), or a
/// single booth.
struct LabelBlock: Sendable {
    /// The booths, in code order.
    var booths: [Booth]
    /// Their box on the drawing.
    var box: DrawingBox
    /// The party's identifier, when the label names an occupant.
    var party: String?
    /// The wordings to fit, longest first.
    var candidates: [String]

    /// The number of rows of booths in the block.
    var rowCount: Int { Set(booths.map { ($0.rect.y * 1000).rounded() }).count }

    /// `booths` (all in one hall, all of one party) split into rectangles: each group of booths
    /// sharing walls whose footprints fill their bounding box is one block; a group that does not
    /// is split into rows of side-by-side booths.
    static func rectangles(_ booths: [Booth]) -> [[Booth]] {
        var blocks: [[Booth]] = []
        for component in components(booths) {
            if fillsBoundingBox(component) {
                blocks.append(component)
                continue
            }
            let rows = Dictionary(grouping: component) { "\($0.rect.y)|\($0.rect.depth)" }
            for key in rows.keys.sorted() {
                var run: [Booth] = []
                for booth in (rows[key] ?? []).sorted(by: { $0.rect.x < $1.rect.x }) {
                    if let last = run.last, abs(last.rect.maxX - booth.rect.x) > Rect.tolerance {
                        blocks.append(run)
                        run = []
                    }
                    run.append(booth)
                }
                if !run.isEmpty { blocks.append(run) }
            }
        }
        return blocks.map { $0.sorted { BoothCodes.naturalOrder($0.code, $1.code) } }
    }

    /// Groups of booths connected by shared walls.
    static func components(_ booths: [Booth]) -> [[Booth]] {
        var remaining = booths
        var groups: [[Booth]] = []
        while let first = remaining.first {
            remaining.removeFirst()
            var group = [first]
            var index = 0
            while index < group.count {
                let current = group[index]
                let (touching, rest) = remaining.partitioned { sharesWall($0.rect, current.rect) }
                group += touching
                remaining = rest
                index += 1
            }
            groups.append(group)
        }
        return groups
    }

    /// Whether the footprints of `booths` together fill their bounding box exactly.
    static func fillsBoundingBox(_ booths: [Booth]) -> Bool {
        guard let first = booths.first else { return false }
        var minX = first.rect.x
        var minY = first.rect.y
        var maxX = first.rect.maxX
        var maxY = first.rect.maxY
        for booth in booths {
            minX = min(minX, booth.rect.x)
            minY = min(minY, booth.rect.y)
            maxX = max(maxX, booth.rect.maxX)
            maxY = max(maxY, booth.rect.maxY)
        }
        let area = booths.reduce(0) { $0 + $1.rect.area }
        return abs((maxX - minX) * (maxY - minY) - area) < 0.01
    }

    /// Whether two rectangles share a length of wall.
    static func sharesWall(_ a: Rect, _ b: Rect) -> Bool {
        let t = Rect.tolerance
        let xOverlap = min(a.maxX, b.maxX) - max(a.x, b.x)
        let yOverlap = min(a.maxY, b.maxY) - max(a.y, b.y)
        let vertical = (abs(a.maxX - b.x) < t || abs(b.maxX - a.x) < t) && yOverlap > t
        let horizontal = (abs(a.maxY - b.y) < t || abs(b.maxY - a.y) < t) && xOverlap > t
        return vertical || horizontal
    }
}

extension Array {
    /// The elements that satisfy `belongs`, and the others, each in order.
    fileprivate func partitioned(by belongs: (Element) -> Bool) -> ([Element], [Element]) {
        var yes: [Element] = []
        var no: [Element] = []
        for element in self {
            if belongs(element) { yes.append(element) } else { no.append(element) }
        }
        return (yes, no)
    }
}
