import LibXML

extension ODTPartWriter {
    /// `content.xml`: the automatic styles of page breaks and tables, then the body.
    func content() throws -> [UInt8] {
        try part("document-content") { writer in
            try writeFontFaces(on: writer)
            try writer.startElement(qualified: "office:automatic-styles")
            try writeBreakStyles(on: writer)
            try writeTableStyles(on: writer)
            try writeCellStyles(on: writer)
            try writer.endElement()
            try writer.startElement(qualified: "office:body")
            try writer.startElement(qualified: "office:text")
            try writeBody(on: writer)
            try writer.endElement()
            try writer.endElement()
        }
    }

    /// The paragraph styles `PB<n>` that start a page (of a page style, or a plain break).
    func writeBreakStyles(on writer: XMLWriter) throws {
        for (index, item) in breaks.enumerated() {
            try writer.startElement(qualified: "style:style")
            try writer.attribute(qualified: "style:name", "PB\(index + 1)")
            try writer.attribute(qualified: "style:family", "paragraph")
            try writer.attribute(qualified: "style:parent-style-name", item.parent ?? "")
            if let page = item.pageStyle {
                try writer.attribute(qualified: "style:master-page-name", page)
            } else {
                try writer.startElement(qualified: "style:paragraph-properties")
                try writer.attribute(qualified: "fo:break-before", "page")
                try writer.endElement()
            }
            try writer.endElement()
        }
    }

    /// The tables' styles `T<n>` (width, centred, a page break before when one precedes it),
    /// their columns `T<n>C<i>` and rows with a fixed height `T<n>R<r>`.
    func writeTableStyles(on writer: XMLWriter) throws {
        for (index, table) in tables.enumerated() {
            let name = "T\(index + 1)"
            try writer.startElement(qualified: "style:style")
            try writer.attribute(qualified: "style:name", name)
            try writer.attribute(qualified: "style:family", "table")
            if let page = tableBreaks[index]?.pageStyle {
                try writer.attribute(qualified: "style:master-page-name", page)
            }
            try writer.startElement(qualified: "style:table-properties")
            try writer.attribute(qualified: "style:width", Self.millimetres(table.width))
            try writer.attribute(qualified: "table:align", "center")
            if let item = tableBreaks[index], item.pageStyle == nil {
                try writer.attribute(qualified: "fo:break-before", "page")
            }
            try writer.endElement()
            try writer.endElement()
            for (column, width) in table.columnWidths.enumerated() {
                try writer.startElement(qualified: "style:style")
                try writer.attribute(qualified: "style:name", "\(name)C\(column + 1)")
                try writer.attribute(qualified: "style:family", "table-column")
                try writer.startElement(qualified: "style:table-column-properties")
                try writer.attribute(qualified: "style:column-width", Self.millimetres(width))
                try writer.endElement()
                try writer.endElement()
            }
            for (row, content) in table.rows.enumerated() {
                try writer.startElement(qualified: "style:style")
                try writer.attribute(qualified: "style:name", "\(name)R\(row + 1)")
                try writer.attribute(qualified: "style:family", "table-row")
                try writer.startElement(qualified: "style:table-row-properties")
                if let height = content.height {
                    try writer.attribute(qualified: "style:row-height", Self.millimetres(height))
                }
                try writer.attribute(qualified: "fo:keep-together", "always")
                try writer.endElement()
                try writer.endElement()
            }
        }
    }

    /// The cell styles: `C<borders>` and `C<borders>M` (content centred vertically) for each kind
    /// of border.
    func writeCellStyles(on writer: XMLWriter) throws {
        for borders in [DocumentTable.Borders.none, .solid, .cutLines] {
            for middle in [false, true] {
                try writer.startElement(qualified: "style:style")
                try writer.attribute(qualified: "style:name", Self.cellStyle(borders, middle: middle))
                try writer.attribute(qualified: "style:family", "table-cell")
                try writer.startElement(qualified: "style:table-cell-properties")
                switch borders {
                case .none:
                    try writer.attribute(qualified: "fo:border", "none")
                    try writer.attribute(qualified: "fo:padding", "0.5mm")
                case .solid:
                    try writer.attribute(qualified: "fo:border", "0.5pt solid #000000")
                    try writer.attribute(qualified: "fo:padding", "1mm")
                case .cutLines:
                    try writer.attribute(qualified: "fo:border", "0.5pt dashed #808080")
                    try writer.attribute(qualified: "fo:padding", "4mm")
                }
                try writer.attribute(qualified: "style:vertical-align", middle ? "middle" : "top")
                try writer.endElement()
                try writer.endElement()
            }
        }
    }

    /// The name of a cell style.
    static func cellStyle(_ borders: DocumentTable.Borders, middle: Bool) -> String {
        "C" + borders.rawValue + (middle ? "M" : "")
    }

    /// The tables of the body, in order.
    var tables: [DocumentTable] {
        document.body.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    /// The body: paragraphs (the first after a page break in its `PB<n>` style) and tables.
    func writeBody(on writer: XMLWriter) throws {
        var pending: String?? = .some(document.pages.first?.name)
        var tableIndex = 0
        for block in document.body {
            switch block {
            case .pageBreak(let pageStyle):
                pending = .some(pageStyle)
            case .paragraph(let paragraph):
                var style = paragraph.style
                if let target = pending,
                    let index = breaks.firstIndex(of: Break(parent: paragraph.style, pageStyle: target))
                {
                    style = "PB\(index + 1)"
                }
                pending = nil
                try writeParagraph(paragraph, styleName: style, on: writer)
            case .table(let table):
                pending = nil
                try writeTable(table, index: tableIndex, on: writer)
                tableIndex += 1
            }
        }
    }

    /// A table, its header rows repeated on every page.
    func writeTable(_ table: DocumentTable, index: Int, on writer: XMLWriter) throws {
        let name = "T\(index + 1)"
        try writer.startElement(qualified: "table:table")
        try writer.attribute(qualified: "table:name", "Table\(index + 1)")
        try writer.attribute(qualified: "table:style-name", name)
        for column in table.columnWidths.indices {
            try writer.startElement(qualified: "table:table-column")
            try writer.attribute(qualified: "table:style-name", "\(name)C\(column + 1)")
            try writer.endElement()
        }
        let headerRows = min(max(0, table.headerRows), table.rows.count)
        if headerRows > 0 { try writer.startElement(qualified: "table:table-header-rows") }
        for (row, content) in table.rows.enumerated() {
            if row == headerRows && headerRows > 0 { try writer.endElement() }
            try writer.startElement(qualified: "table:table-row")
            try writer.attribute(qualified: "table:style-name", "\(name)R\(row + 1)")
            var column = 0
            for cell in content.cells where column < table.columnWidths.count {
                let span = min(cell.columnSpan, table.columnWidths.count - column)
                try writer.startElement(qualified: "table:table-cell")
                try writer.attribute(
                    qualified: "table:style-name", Self.cellStyle(table.borders, middle: cell.middle))
                if span > 1 { try writer.attribute(qualified: "table:number-columns-spanned", integer: span) }
                try writer.attribute(qualified: "office:value-type", "string")
                let paragraphs = cell.paragraphs.isEmpty ? [DocumentParagraph("", [])] : cell.paragraphs
                for paragraph in paragraphs {
                    try writeParagraph(paragraph, styleName: paragraph.style, on: writer)
                }
                try writer.endElement()
                for _ in 1..<span {
                    try writer.startElement(qualified: "table:covered-table-cell")
                    try writer.endElement()
                }
                column += span
            }
            // A row short of cells is completed with empty ones.
            while column < table.columnWidths.count {
                try writer.startElement(qualified: "table:table-cell")
                try writer.attribute(
                    qualified: "table:style-name", Self.cellStyle(table.borders, middle: false))
                try writer.endElement()
                column += 1
            }
            try writer.endElement()
        }
        if headerRows == table.rows.count && headerRows > 0 { try writer.endElement() }
        try writer.endElement()
    }
}
