internal import LibXML

extension ODFPartWriter {
    /// The indices of the sheets that have a page setup; sheet `i`'s page layout is `pm<i+1>`,
    /// its master page `mp<i+1>` and its table style `ta<i+1>`.
    var printedSheets: [Int] { workbook.sheets.indices.filter { workbook.sheets[$0].pageSetup != nil } }

    /// Writes the page layouts (A4, orientation, 1 cm margins, scaled to one page wide when
    /// asked, room for the header and footer) of the sheets with a page setup; for
    /// `office:automatic-styles` of `styles.xml` (or of a flat document).
    func writePageLayouts(on writer: XMLWriter) throws {
        for index in printedSheets {
            guard let setup = workbook.sheets[index].pageSetup else { continue }
            let landscape = setup.orientation == .landscape
            try writer.startElement(qualified: "style:page-layout")
            try writer.attribute(qualified: "style:name", "pm\(index + 1)")
            try writer.startElement(qualified: "style:page-layout-properties")
            try writer.attribute(qualified: "fo:page-width", landscape ? "29.7cm" : "21cm")
            try writer.attribute(qualified: "fo:page-height", landscape ? "21cm" : "29.7cm")
            try writer.attribute(qualified: "style:print-orientation", landscape ? "landscape" : "portrait")
            for margin: StaticString in [
                "fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right",
            ] {
                try writer.attribute(qualified: margin, "1cm")
            }
            if setup.fitToWidth {
                try writer.attribute(qualified: "style:scale-to-X", "1")
            }
            try writer.endElement()
            for (style, margin): (StaticString, StaticString) in [
                ("style:header-style", "fo:margin-bottom"), ("style:footer-style", "fo:margin-top"),
            ] {
                try writer.startElement(qualified: style)
                try Self.emptyElement(
                    on: writer, "style:header-footer-properties",
                    ["fo:min-height": "0.6cm", margin: "0.25cm"])
                try writer.endElement()
            }
            try writer.endElement()
        }
    }

    /// Writes `office:master-styles`: a master page per sheet with a page setup, with its header
    /// and footer (page number and count as fields), when any sheet has one.
    func writeMasterStyles(on writer: XMLWriter) throws {
        let sheets = printedSheets
        guard !sheets.isEmpty else { return }
        try writer.startElement(qualified: "office:master-styles")
        for index in sheets {
            guard let setup = workbook.sheets[index].pageSetup else { continue }
            try writer.startElement(qualified: "style:master-page")
            try writer.attribute(qualified: "style:name", "mp\(index + 1)")
            try writer.attribute(qualified: "style:page-layout-name", "pm\(index + 1)")
            if let header = setup.header, !header.isEmpty {
                try writer.startElement(qualified: "style:header")
                try writeRegions(header, on: writer)
                try writer.endElement()
            }
            if let footer = setup.footer, !footer.isEmpty {
                try writer.startElement(qualified: "style:footer")
                try writeRegions(footer, on: writer)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// Writes the table styles `ta<n>` that put each printed sheet on its master page; for the
    /// content's automatic styles.
    func writeTableStyles(on writer: XMLWriter) throws {
        for index in printedSheets {
            try writer.startElement(qualified: "style:style")
            try writer.attribute(qualified: "style:name", "ta\(index + 1)")
            try writer.attribute(qualified: "style:family", "table")
            try writer.attribute(qualified: "style:master-page-name", "mp\(index + 1)")
            try Self.emptyElement(on: writer, "style:table-properties", ["table:display": "true"])
            try writer.endElement()
        }
    }

    private func writeRegions(_ text: PageText, on writer: XMLWriter) throws {
        for (region, pieces): (StaticString, [PageText.Piece]) in [
            ("style:region-left", text.left), ("style:region-center", text.centre),
            ("style:region-right", text.right),
        ] where !pieces.isEmpty {
            try writer.startElement(qualified: region)
            try writer.startElement(qualified: "text:p")
            for piece in pieces {
                switch piece {
                case .text(let value): try writer.text(XMLWriter.sanitized(value.nfc))
                case .pageNumber:
                    try writer.startElement(qualified: "text:page-number")
                    try writer.attribute(qualified: "text:select-page", "current")
                    try writer.text("1")
                    try writer.endElement()
                case .pageCount: try writer.element(qualified: "text:page-count", text: "1")
                }
            }
            try writer.endElement()
            try writer.endElement()
        }
    }
}
