import LibXML

extension ODTPartWriter {
    /// `styles.xml`: the font, the default style (Times New Roman, Vietnamese), the paragraph and
    /// character styles, the page layouts (A4) and the master pages with headers and footers.
    func styles() throws -> [UInt8] {
        try part("document-styles") { writer in
            try writeFontFaces(on: writer)
            try writer.startElement(qualified: "office:styles")
            try writer.startElement(qualified: "style:default-style")
            try writer.attribute(qualified: "style:family", "paragraph")
            try writer.startElement(qualified: "style:text-properties")
            try writer.attribute(qualified: "style:font-name", Self.font)
            try writer.attribute(qualified: "fo:font-size", "13pt")
            try writer.attribute(qualified: "fo:language", "vi")
            try writer.attribute(qualified: "fo:country", "VN")
            try writer.endElement()
            try writer.endElement()
            for style in document.paragraphStyles { try writeParagraphStyle(style, on: writer) }
            for style in document.textStyles { try writeTextStyle(style, on: writer) }
            try writer.endElement()

            try writer.startElement(qualified: "office:automatic-styles")
            for (index, page) in document.pages.enumerated() {
                try writePageLayout(page, index: index, on: writer)
            }
            try writer.endElement()

            try writer.startElement(qualified: "office:master-styles")
            for (index, page) in document.pages.enumerated() {
                try writer.startElement(qualified: "style:master-page")
                try writer.attribute(qualified: "style:name", page.name)
                try writer.attribute(qualified: "style:page-layout-name", "pm\(index + 1)")
                if let next = page.next { try writer.attribute(qualified: "style:next-style-name", next) }
                if let header = page.header {
                    try writer.startElement(qualified: "style:header")
                    try writeParagraph(header, styleName: header.style, on: writer)
                    try writer.endElement()
                }
                if let footer = page.footer {
                    try writer.startElement(qualified: "style:footer")
                    try writeParagraph(footer, styleName: footer.style, on: writer)
                    try writer.endElement()
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
    }

    /// A paragraph style of `office:styles`.
    func writeParagraphStyle(_ style: ParagraphStyle, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "style:style")
        try writer.attribute(qualified: "style:name", style.name)
        try writer.attribute(qualified: "style:family", "paragraph")
        try writer.startElement(qualified: "style:paragraph-properties")
        try writer.attribute(qualified: "fo:text-align", style.alignment.rawValue)
        try writer.attribute(qualified: "fo:margin-top", Self.points(style.spaceBefore))
        try writer.attribute(qualified: "fo:margin-bottom", Self.points(style.spaceAfter))
        try writer.attribute(qualified: "fo:text-indent", Self.millimetres(style.firstLineIndent))
        try writer.attribute(qualified: "fo:line-height", "\(style.lineHeight)%")
        if style.keepWithNext { try writer.attribute(qualified: "fo:keep-with-next", "always") }
        try writer.endElement()
        try writeTextProperties(
            bold: style.bold, italic: style.italic, underline: style.underline, size: style.fontSize,
            on: writer)
        try writer.endElement()
    }

    /// A character style of `office:styles`.
    func writeTextStyle(_ style: TextStyle, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "style:style")
        try writer.attribute(qualified: "style:name", style.name)
        try writer.attribute(qualified: "style:family", "text")
        try writeTextProperties(
            bold: style.bold, italic: style.italic, underline: style.underline, size: style.fontSize,
            on: writer)
        try writer.endElement()
    }

    /// `style:text-properties` with the font, and the size, weight, posture and underline given.
    func writeTextProperties(bold: Bool, italic: Bool, underline: Bool, size: Double?, on writer: XMLWriter)
        throws
    {
        try writer.startElement(qualified: "style:text-properties")
        try writer.attribute(qualified: "style:font-name", Self.font)
        if let size { try writer.attribute(qualified: "fo:font-size", Self.points(size)) }
        if bold { try writer.attribute(qualified: "fo:font-weight", "bold") }
        if italic { try writer.attribute(qualified: "fo:font-style", "italic") }
        if underline {
            try writer.attribute(qualified: "style:text-underline-style", "solid")
            try writer.attribute(qualified: "style:text-underline-width", "auto")
            try writer.attribute(qualified: "style:text-underline-color", "font-color")
        }
        try writer.endElement()
    }

    /// The page layout `pm<index + 1>`: A4 in the page's orientation, its margins, room for the
    /// header and footer inside them.
    func writePageLayout(_ page: PageStyle, index: Int, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "style:page-layout")
        try writer.attribute(qualified: "style:name", "pm\(index + 1)")
        try writer.startElement(qualified: "style:page-layout-properties")
        try writer.attribute(qualified: "fo:page-width", Self.millimetres(page.width))
        try writer.attribute(qualified: "fo:page-height", Self.millimetres(page.height))
        try writer.attribute(qualified: "style:print-orientation", page.orientation.rawValue)
        // A header or footer sits inside the margin: the page margin is what is left above it.
        let header = page.header == nil ? 0 : Self.headerRoom
        let footer = page.footer == nil ? 0 : Self.headerRoom
        try writer.attribute(qualified: "fo:margin-top", Self.millimetres(page.top - header))
        try writer.attribute(qualified: "fo:margin-bottom", Self.millimetres(page.bottom - footer))
        try writer.attribute(qualified: "fo:margin-left", Self.millimetres(page.left))
        try writer.attribute(qualified: "fo:margin-right", Self.millimetres(page.right))
        try writer.endElement()
        for (style, margin, present): (StaticString, StaticString, Bool) in [
            ("style:header-style", "fo:margin-bottom", page.header != nil),
            ("style:footer-style", "fo:margin-top", page.footer != nil),
        ] {
            try writer.startElement(qualified: style)
            if present {
                try writer.startElement(qualified: "style:header-footer-properties")
                try writer.attribute(
                    qualified: "fo:min-height", Self.millimetres(Self.headerRoom - Self.headerGap))
                try writer.attribute(qualified: margin, Self.millimetres(Self.headerGap))
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// The room a header or footer takes inside the page margin, in millimetres.
    static let headerRoom = 10.0
    /// The gap between a header or footer and the body, in millimetres.
    static let headerGap = 3.0
}
