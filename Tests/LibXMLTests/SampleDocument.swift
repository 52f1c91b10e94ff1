import LibXML

/// A small venue document with Vietnamese text, escaping-sensitive characters and namespaces,
/// written with `XMLWriter` by several tests.
enum SampleDocument {
    static let venueNamespace = "urn:fairplan:test:venue"
    static let extraNamespace = "urn:fairplan:test:extra"
    /// NFC Vietnamese text.
    static let name = "Hợp tác xã Nông nghiệp Đồng Tâm"
    static let region = "Thanh Hóa"
    static let note = "A & B < C > D \"double\" 'single'\nline two\ttab"
    static let label = "Phòng \"lớn\" & <đẹp>\nhai dòng\ttab"

    /// Writes the document (declaration included).
    static func write(to writer: XMLWriter) throws {
        try writer.startDocument()
        try writer.startElement("venue", prefix: "v", namespaceURI: venueNamespace)
        try writer.namespaceDeclaration(prefix: "x", uri: extraNamespace)
        try writer.attribute("id", "dong-tam")
        try writer.attribute("region", region, prefix: "x", namespaceURI: extraNamespace)
        try writer.element("name", text: name, prefix: "v")
        try writer.startElement("note", prefix: "v")
        try writer.attribute("lang", "vi", prefix: "xml")
        try writer.text(note)
        try writer.endElement()
        try writer.startElement("room", prefix: "v")
        try writer.attribute("code", "A1")
        try writer.attribute("capacity", "40")
        try writer.attribute("label", label)
        try writer.endElement()
        try writer.startElement("room", prefix: "v", namespaceURI: venueNamespace)
        try writer.attribute("code", "A2")
        try writer.attribute("capacity", "25")
        try writer.endElement()
        try writer.endElement()
        try writer.endDocument()
    }

    /// The document as bytes.
    static func bytes(indent: Bool = false) throws -> [UInt8] {
        let writer = try XMLWriter(indent: indent)
        try write(to: writer)
        return try writer.bytes()
    }
}
