extension Shape {
    /// The box the shape covers, texts estimated by ``TextMetrics``; nil for an empty group.
    public var box: DrawingBox? {
        switch self {
        case .rectangle(let x, let y, let width, let height, let style):
            let half = style.stroke == "none" ? 0 : style.strokeWidth / 2
            return DrawingBox(x: x - half, y: y - half, width: width + 2 * half, height: height + 2 * half)
        case .circle(let cx, let cy, let radius, _):
            return DrawingBox(x: cx - radius, y: cy - radius, width: 2 * radius, height: 2 * radius)
        case .line(let x1, let y1, let x2, let y2, let style):
            let half = style.strokeWidth / 2
            return DrawingBox(
                x: min(x1, x2) - half, y: min(y1, y2) - half, width: abs(x2 - x1) + 2 * half,
                height: abs(y2 - y1) + 2 * half)
        case .text(let content, let x, let y, let size, let anchor, let bold, _):
            return TextMetrics.box(content, x: x, y: y, size: size, anchor: anchor, bold: bold)
        case .group(_, _, _, let children):
            return children.compactMap(\.box).reduce(nil) { sum, box in sum.map { $0.union(box) } ?? box }
        }
    }

    /// The shape moved by `dx`, `dy`.
    public func translated(dx: Double, dy: Double) -> Shape {
        switch self {
        case .rectangle(let x, let y, let width, let height, let style):
            .rectangle(x: x + dx, y: y + dy, width: width, height: height, style: style)
        case .circle(let cx, let cy, let radius, let style):
            .circle(cx: cx + dx, cy: cy + dy, radius: radius, style: style)
        case .line(let x1, let y1, let x2, let y2, let style):
            .line(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, style: style)
        case .text(let content, let x, let y, let size, let anchor, let bold, let fill):
            .text(content, x: x + dx, y: y + dy, size: size, anchor: anchor, bold: bold, fill: fill)
        case .group(let className, let data, let title, let children):
            .group(
                className: className, data: data, title: title,
                children: children.map { $0.translated(dx: dx, dy: dy) })
        }
    }

    /// The texts of the shape and its children, each with the class path of the groups around it
    /// (outermost first), for checks.
    public func texts(inside classes: [String] = []) -> [(text: Shape, classes: [String])] {
        switch self {
        case .text: [(self, classes)]
        case .group(let className, _, _, let children):
            children.flatMap { $0.texts(inside: classes + [className]) }
        default: []
        }
    }
}
