import Planning

/// The shape of a party's block of booths, as the compactness score component grades it.
///
/// A block is always joined by shared walls (a hard rule); its shape is soft: a straight run is
/// best, then a compact block that fills its bounding rectangle but for at most one corner booth
/// (two rows of equal length back to back, or one booth shorter: `B-01, B-02, C-01, C-02, C-03`),
/// then any other shape (a long L, a T, a U, a step).
enum BlockShape: Hashable, Sendable {
    /// One straight run: the booths side by side in one row (or one column); a single booth too.
    case straight
    /// Not straight, but filling its bounding rectangle except for at most one corner booth.
    case compact
    /// Any other block joined by shared walls.
    case other

    /// The penalty counted in the compactness component: 0, one half, or one per party.
    var penalty: Double {
        switch self {
        case .straight: 0
        case .compact: 0.5
        case .other: 1
        }
    }

    /// The shape of booths given by their rectangles, when they are not one straight run: compact
    /// when they fill their bounding rectangle, or all of it but at most one booth's area at one
    /// of its corners (not a notch in a side, nor a hole).
    static func bent(_ rects: [Rect]) -> BlockShape {
        guard let first = rects.first else { return .other }
        var minX = first.x
        var minY = first.y
        var maxX = first.maxX
        var maxY = first.maxY
        var area = 0.0
        var smallest = first.area
        for rect in rects {
            minX = min(minX, rect.x)
            minY = min(minY, rect.y)
            maxX = max(maxX, rect.maxX)
            maxY = max(maxY, rect.maxY)
            area += rect.area
            smallest = min(smallest, rect.area)
        }
        let t = Rect.tolerance
        let missing = (maxX - minX) * (maxY - minY) - area
        if missing <= t * (maxX - minX + maxY - minY) { return .compact }
        guard missing <= smallest + t * (maxX - minX + maxY - minY) else { return .other }
        let corners = [(minX, minY), (maxX, minY), (minX, maxY), (maxX, maxY)]
        let open = corners.contains { x, y in
            !rects.contains { $0.x - t <= x && x <= $0.maxX + t && $0.y - t <= y && y <= $0.maxY + t }
        }
        return open ? .compact : .other
    }
}
