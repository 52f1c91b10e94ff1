internal import LibXML

extension ODFPartWriter {
    /// Writes `office:settings`: per sheet, a frozen header row (rows up to and including the
    /// header stay visible) for sheets with `freezeHeader`.
    func writeSettings(on writer: ODFXMLWriter) throws {
        try writer.start("office:settings")
        try writer.start("config:config-item-set")
        try writer.attr("config:name", "ooo:view-settings")
        try writer.start("config:config-item-map-indexed")
        try writer.attr("config:name", "Views")
        try writer.start("config:config-item-map-entry")
        try item("ViewId", "string", "view1", on: writer)
        try writer.start("config:config-item-map-named")
        try writer.attr("config:name", "Tables")
        for sheet in workbook.sheets {
            try writer.start("config:config-item-map-entry")
            try writer.attr("config:name", XMLWriter.sanitized(sheet.name))
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
            try writer.end()
        }
        try writer.end()
        if let first = workbook.sheets.first {
            try item("ActiveTable", "string", XMLWriter.sanitized(first.name), on: writer)
        }
        try writer.end()
        try writer.end()
        try writer.end()
        try writer.end()
    }

    private func item(_ name: String, _ type: String, _ value: String, on writer: ODFXMLWriter) throws {
        try writer.start("config:config-item")
        try writer.attr("config:name", name)
        try writer.attr("config:type", type)
        try writer.text(value)
        try writer.end()
    }
}
