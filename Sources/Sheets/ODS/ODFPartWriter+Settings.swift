internal import LibXML

extension ODFPartWriter {
    /// Writes `office:settings`: per sheet, a frozen header row (rows up to and including the
    /// header stay visible) for sheets with `freezeHeader`.
    func writeSettings(on writer: XMLWriter) throws {
        try writer.startElement(qualified: "office:settings")
        try writer.startElement(qualified: "config:config-item-set")
        try writer.attribute(qualified: "config:name", "ooo:view-settings")
        try writer.startElement(qualified: "config:config-item-map-indexed")
        try writer.attribute(qualified: "config:name", "Views")
        try writer.startElement(qualified: "config:config-item-map-entry")
        try item("ViewId", "string", "view1", on: writer)
        try writer.startElement(qualified: "config:config-item-map-named")
        try writer.attribute(qualified: "config:name", "Tables")
        for sheet in workbook.sheets {
            try writer.startElement(qualified: "config:config-item-map-entry")
            try writer.attribute(qualified: "config:name", XMLWriter.sanitized(sheet.name))
            let split = sheet.freezeHeader ? String(sheet.headerRowIndex + 1) : "0"
            let mode = sheet.freezeHeader ? "2" : "0"
            try item("HorizontalSplitMode", "short", "0", on: writer)
            try item("VerticalSplitMode", "short", mode, on: writer)
            try item("HorizontalSplitPosition", "int", "0", on: writer)
            try item("VerticalSplitPosition", "int", split, on: writer)
            try item("ActiveSplitRange", "short", sheet.freezeHeader ? "2" : "0", on: writer)
            try item("PositionLeft", "int", "0", on: writer)
            try item("PositionRight", "int", "0", on: writer)
            try item("PositionTop", "int", "0", on: writer)
            try item("PositionBottom", "int", split, on: writer)
            try writer.endElement()
        }
        try writer.endElement()
        if let first = workbook.sheets.first {
            try item("ActiveTable", "string", XMLWriter.sanitized(first.name), on: writer)
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
    }

    private func item(_ name: String, _ type: String, _ value: String, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "config:config-item")
        try writer.attribute(qualified: "config:name", name)
        try writer.attribute(qualified: "config:type", type)
        try writer.text(value)
        try writer.endElement()
    }
}
