import LibXML

extension ODTPartWriter {
    /// A paragraph (`text:p`) in the style named `styleName` (empty: none).
    func writeParagraph(_ paragraph: DocumentParagraph, styleName: String, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "text:p")
        if !styleName.isEmpty { try writer.attribute(qualified: "text:style-name", styleName) }
        for inline in paragraph.content {
            switch inline {
            case .text(let text): try writeText(text, on: writer)
            case .styled(let text, let style):
                try writer.startElement(qualified: "text:span")
                try writer.attribute(qualified: "text:style-name", style)
                try writeText(text, on: writer)
                try writer.endElement()
            case .lineBreak:
                try writer.startElement(qualified: "text:line-break")
                try writer.endElement()
            case .pageNumber:
                try writer.startElement(qualified: "text:page-number")
                try writer.attribute(qualified: "text:select-page", "current")
                try writer.text("1")
                try writer.endElement()
            case .pageCount:
                try writer.element(qualified: "text:page-count", text: "1")
            case .image(let name, let width, let height):
                let format = imageFormats[name] ?? .png
                try writer.startElement(qualified: "draw:frame")
                try writer.attribute(qualified: "draw:name", name)
                try writer.attribute(qualified: "text:anchor-type", "as-char")
                try writer.attribute(qualified: "svg:width", Self.millimetres(width))
                try writer.attribute(qualified: "svg:height", Self.millimetres(height))
                try writer.attribute(qualified: "draw:z-index", "0")
                try writer.startElement(qualified: "draw:image")
                try writer.attribute(qualified: "xlink:href", "Pictures/\(name).\(format.rawValue)")
                try writer.attribute(qualified: "xlink:type", "simple")
                try writer.attribute(qualified: "xlink:show", "embed")
                try writer.attribute(qualified: "xlink:actuate", "onLoad")
                try writer.attribute(qualified: "draw:mime-type", format.mediaType)
                try writer.endElement()
                try writer.endElement()
            }
        }
        try writer.endElement()
    }

    /// Text in NFC, with every space kept (`text:s` for runs), tabs as `text:tab` and line ends
    /// as `text:line-break`.
    func writeText(_ text: String, on writer: XMLWriter) throws {
        var run = ""
        var spaces = 0
        func flush() throws {
            if spaces > 0 {
                run.append(" ")
            }
            if !run.isEmpty { try writer.text(run) }
            if spaces > 1 {
                try writer.startElement(qualified: "text:s")
                try writer.attribute(qualified: "text:c", integer: spaces - 1)
                try writer.endElement()
            }
            run = ""
            spaces = 0
        }
        for character in Self.clean(text) {
            switch character {
            case " ": spaces += 1
            case "\n", "\r\n", "\r":
                try flush()
                try writer.startElement(qualified: "text:line-break")
                try writer.endElement()
            case "\t":
                try flush()
                try writer.startElement(qualified: "text:tab")
                try writer.endElement()
            default:
                if spaces > 0 { try flush() }
                run.append(character)
            }
        }
        try flush()
    }
}
