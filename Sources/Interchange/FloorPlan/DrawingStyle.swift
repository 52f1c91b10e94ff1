/// How a shape of a drawing is painted.
public struct DrawingStyle: Hashable, Sendable {
    /// The fill colour (`#rrggbb`, a named colour, a `url(#pattern)`, or `none`).
    public var fill: String
    /// The stroke colour, or `none`.
    public var stroke: String
    /// The stroke width in drawing units.
    public var strokeWidth: Double
    /// The opacity of the fill, 0–1.
    public var fillOpacity: Double

    /// Creates a style.
    public init(
        fill: String = "none", stroke: String = "none", strokeWidth: Double = 0, fillOpacity: Double = 1
    ) {
        self.fill = fill
        self.stroke = stroke
        self.strokeWidth = strokeWidth
        self.fillOpacity = fillOpacity
    }
}
