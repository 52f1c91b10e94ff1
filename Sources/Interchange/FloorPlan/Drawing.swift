/// A format-neutral picture: a canvas and its shapes, drawn in order.
///
/// Floor plans are built as drawings and then written as SVG by ``SVGWriter``, so that later
/// views (booths coloured by assignment, unplaced parties beside the plan) only add shapes.
public struct Drawing: Hashable, Sendable {
    /// The canvas width in drawing units.
    public var width: Double
    /// The canvas height in drawing units.
    public var height: Double
    /// A title for the picture (SVG `<title>`).
    public var title: String
    /// The shapes, drawn first to last.
    public var shapes: [Shape]

    /// Creates a drawing.
    public init(width: Double, height: Double, title: String, shapes: [Shape] = []) {
        self.width = width
        self.height = height
        self.title = title
        self.shapes = shapes
    }
}
