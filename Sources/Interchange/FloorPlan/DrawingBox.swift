/// An axis-aligned box in drawing units: what a shape covers, for layout and checks.
public struct DrawingBox: Hashable, Sendable {
    /// The left edge.
    public var x: Double
    /// The top edge.
    public var y: Double
    /// The width.
    public var width: Double
    /// The height.
    public var height: Double

    /// Creates a box.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The right edge.
    public var maxX: Double { x + width }
    /// The bottom edge.
    public var maxY: Double { y + height }

    /// Whether the boxes share an area (touching edges do not count).
    public func intersects(_ other: DrawingBox) -> Bool {
        x < other.maxX - 0.01 && other.x < maxX - 0.01 && y < other.maxY - 0.01 && other.y < maxY - 0.01
    }

    /// Whether `other` lies inside this box (edges may touch, within `tolerance`).
    public func contains(_ other: DrawingBox, tolerance: Double = 0.01) -> Bool {
        other.x >= x - tolerance && other.y >= y - tolerance && other.maxX <= maxX + tolerance
            && other.maxY <= maxY + tolerance
    }

    /// The smallest box holding both.
    public func union(_ other: DrawingBox) -> DrawingBox {
        let left = min(x, other.x)
        let top = min(y, other.y)
        return DrawingBox(
            x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }

    /// The box grown by `amount` on every side (shrunk when negative; never below zero size).
    public func inset(by amount: Double) -> DrawingBox {
        DrawingBox(
            x: x + amount, y: y + amount, width: max(0, width - 2 * amount),
            height: max(0, height - 2 * amount))
    }
}
