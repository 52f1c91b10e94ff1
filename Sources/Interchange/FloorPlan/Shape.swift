/// One element of a drawing, in drawing units (pixels of the picture).
public indirect enum Shape: Hashable, Sendable {
    /// A rectangle.
    case rectangle(x: Double, y: Double, width: Double, height: Double, style: DrawingStyle)
    /// A circle.
    case circle(cx: Double, cy: Double, radius: Double, style: DrawingStyle)
    /// A straight line.
    case line(x1: Double, y1: Double, x2: Double, y2: Double, style: DrawingStyle)
    /// Text anchored at a point; `size` in drawing units, `anchor` `start`, `middle` or `end`.
    case text(String, x: Double, y: Double, size: Double, anchor: String, bold: Bool, fill: String)
    /// A group with a class and data attributes (such as a booth's code), a tooltip, and children.
    case group(className: String, data: [String: String], title: String?, children: [Shape])
}
