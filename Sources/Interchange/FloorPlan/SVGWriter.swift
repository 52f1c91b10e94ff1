import LibXML

/// Writes a ``Drawing`` as an SVG 1.1 document through libxml2's streaming writer.
public enum SVGWriter {
    /// The SVG namespace.
    static let namespace = "http://www.w3.org/2000/svg"

    /// Writes the drawing to a file, atomically (temporary file renamed into place).
    ///
    /// The file is written as LibXML's `OutputFile` writes: only where nothing is or over a
    /// regular file (whose permissions are kept); a device, a named pipe, a socket, a folder or a
    /// symbolic link is refused with `LibXMLError.unsafeOutput(path:kind:)`, worded in the user's
    /// language through `Localizable`.
    ///
    /// - Throws: `LibXMLError`; the destination is then untouched.
    public static func write(_ drawing: Drawing, toFile path: String) throws {
        let writer = try XMLWriter(path: path, indent: true)
        try write(drawing, with: writer)
        try writer.close()
    }

    /// Streams the drawing to `sink` in chunks (for `--out -`: pass `StandardOutput.write`).
    public static func write(_ drawing: Drawing, sink: @escaping (UnsafeRawBufferPointer) throws -> Void)
        throws
    {
        let writer = try XMLWriter(indent: true, sink: sink)
        try write(drawing, with: writer)
        try writer.close()
    }

    /// The drawing as SVG bytes (UTF-8).
    public static func bytes(of drawing: Drawing) throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        try write(drawing, with: writer)
        try writer.close()
        return try writer.bytes()
    }

    static func write(_ drawing: Drawing, with writer: XMLWriter) throws {
        try writer.startDocument()
        try writer.startElement("svg", namespaceURI: namespace)
        try writer.attribute("version", "1.1")
        try writer.attribute("width", number(drawing.width))
        try writer.attribute("height", number(drawing.height))
        try writer.attribute("viewBox", "0 0 \(number(drawing.width)) \(number(drawing.height))")
        try writer.attribute("font-family", "'Noto Sans', 'DejaVu Sans', Arial, sans-serif")
        try writer.element("title", text: drawing.title)
        for shape in drawing.shapes {
            try write(shape, with: writer)
        }
        try writer.endElement()
        try writer.endDocument()
    }

    static func write(_ shape: Shape, with writer: XMLWriter) throws {
        switch shape {
        case .rectangle(let x, let y, let width, let height, let style):
            try writer.startElement("rect")
            try attributes(["x": x, "y": y, "width": width, "height": height], writer)
            try apply(style, writer)
            try writer.endElement()
        case .circle(let cx, let cy, let radius, let style):
            try writer.startElement("circle")
            try attributes(["cx": cx, "cy": cy, "r": radius], writer)
            try apply(style, writer)
            try writer.endElement()
        case .line(let x1, let y1, let x2, let y2, let style):
            try writer.startElement("line")
            try attributes(["x1": x1, "y1": y1, "x2": x2, "y2": y2], writer)
            try apply(style, writer)
            try writer.endElement()
        case .text(let content, let x, let y, let size, let anchor, let bold, let fill):
            try writer.startElement("text")
            try attributes(["x": x, "y": y, "font-size": size], writer)
            try writer.attribute("text-anchor", anchor)
            try writer.attribute("fill", fill)
            if bold { try writer.attribute("font-weight", "bold") }
            try writer.text(content)
            try writer.endElement()
        case .group(let className, let data, let title, let children):
            try writer.startElement("g")
            try writer.attribute("class", className)
            for (key, value) in data.sorted(by: { $0.key < $1.key }) {
                try writer.attribute("data-\(key)", value)
            }
            if let title { try writer.element("title", text: title) }
            for child in children {
                try write(child, with: writer)
            }
            try writer.endElement()
        }
    }

    static func attributes(_ values: [String: Double], _ writer: XMLWriter) throws {
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            try writer.attribute(name, number(value))
        }
    }

    static func apply(_ style: DrawingStyle, _ writer: XMLWriter) throws {
        try writer.attribute("fill", style.fill)
        if style.fillOpacity < 1 { try writer.attribute("fill-opacity", number(style.fillOpacity)) }
        if style.stroke != "none" {
            try writer.attribute("stroke", style.stroke)
            try writer.attribute("stroke-width", number(style.strokeWidth))
        }
    }

    /// A number with at most two decimals and no trailing zeros; never traps (values too large
    /// for an `Int`, infinities and NaN are written as Swift prints them, or 0 for NaN).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "0" : String(value) }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }
}
