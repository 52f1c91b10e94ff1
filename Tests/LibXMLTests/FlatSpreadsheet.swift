import LibXML

/// A tiny ODF 1.3 flat spreadsheet (`office:document`) written with `XMLWriter`.
enum FlatSpreadsheet {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    /// The document bytes; `valueType` is the second cell's `office:value-type`.
    static func bytes(valueType: String) throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("document", prefix: "office", namespaceURI: office)
        try writer.namespaceDeclaration(prefix: "table", uri: table)
        try writer.namespaceDeclaration(prefix: "text", uri: text)
        try writer.attribute("version", "1.3", prefix: "office")
        try writer.attribute("mimetype", "application/vnd.oasis.opendocument.spreadsheet", prefix: "office")
        try writer.startElement("body", prefix: "office")
        try writer.startElement("spreadsheet", prefix: "office")
        try writer.startElement("table", prefix: "table")
        try writer.attribute("name", "Lịch thi", prefix: "table")
        try writer.startElement("table-column", prefix: "table")
        try writer.attribute("number-columns-repeated", "2", prefix: "table")
        try writer.endElement()
        try writer.startElement("table-row", prefix: "table")
        try writer.startElement("table-cell", prefix: "table")
        try writer.attribute("value-type", "string", prefix: "office")
        try writer.element("p", text: "Hợp tác xã Nông nghiệp Đồng Tâm & <Thanh Hóa>", prefix: "text")
        try writer.endElement()
        try writer.startElement("table-cell", prefix: "table")
        try writer.attribute("value-type", valueType, prefix: "office")
        try writer.attribute("value", "40", prefix: "office")
        try writer.element("p", text: "40", prefix: "text")
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.endDocument()
        return try writer.bytes()
    }
}
