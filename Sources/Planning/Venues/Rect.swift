/// An axis-aligned rectangle on a floor plan, in metres.
///
/// `x` grows to the right and `y` grows downwards, as on a printed plan.
public struct Rect: Hashable, Codable, Sendable, CustomStringConvertible {
    /// Geometric tolerance for comparisons, in metres (1 mm).
    public static let tolerance = 0.001

    /// The left edge.
    public var x: Double
    /// The top edge.
    public var y: Double
    /// The width along x.
    public var width: Double
    /// The depth along y.
    public var depth: Double

    /// Creates a rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, depth: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.depth = depth
    }

    /// The right edge.
    public var maxX: Double { x + width }
    /// The bottom edge.
    public var maxY: Double { y + depth }
    /// The area in square metres.
    public var area: Double { width * depth }

    /// Whether the two rectangles share an area larger than the tolerance.
    public func overlaps(_ other: Rect) -> Bool {
        overlapLength(x, maxX, other.x, other.maxX) > Self.tolerance
            && overlapLength(y, maxY, other.y, other.maxY) > Self.tolerance
    }

    /// Whether the other rectangle lies inside this one (edges may touch).
    public func contains(_ other: Rect) -> Bool {
        other.x >= x - Self.tolerance && other.y >= y - Self.tolerance
            && other.maxX <= maxX + Self.tolerance && other.maxY <= maxY + Self.tolerance
    }

    /// The length shared by two intervals on one axis (0 when they do not meet).
    func overlapLength(_ a0: Double, _ a1: Double, _ b0: Double, _ b1: Double) -> Double {
        max(0, min(a1, b1) - max(a0, b0))
    }

    /// The rectangle in `language`: `3×3 m tại (12, 6)`, `3×3 m at (12, 6)`.
    public func text(_ language: Language) -> String {
        PlanningMessage.rectangle(width: width, depth: depth, x: x, y: y).text(language)
    }

    /// The rectangle in Vietnamese, `3×3 m tại (12, 6)`.
    public var description: String { text(.vietnamese) }
}

extension Double {
    /// The value in metres without trailing zeros: `3`, `2.5`.
    var formattedMetres: String {
        let rounded = (self * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
