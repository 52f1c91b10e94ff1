import LibXML
import Testing

/// Markup built by hand: text escaped to the same bytes libxml2 writes, forbidden characters
/// replaced as `XMLWriter.sanitized` replaces them, and the raw path's place in the document.
@Suite struct XMLMarkupBufferTests {
    /// Text with every character the writer escapes, keeps or replaces.
    static let samples = [
        "", "Hợp tác xã Nông nghiệp Tân Hòa", "A & B <c> \"trích dẫn\" 'x'", "Dòng 1\nDòng 2", "cột\tcuối",
        "cr\rlf\r\n", "]]> &amp; &#13;", "a  b ", " đầu", "🎉 Tết", "\u{FFFD}\u{FFFC}\u{E000}\u{F000}",
        "nul\u{0}bell\u{7}\u{8}\u{B}\u{C}\u{E}\u{1F}", "\u{FFFE}\u{FFFF}\u{FFFE}x", "\u{EFBF}\u{FEFF}ï¿",
        "end\u{FFFF}", "\u{1}", "<<&&>>\"\"",
    ]

    /// The bytes libxml2 writes for `text` as element content, forbidden characters replaced.
    private func libxml2Bytes(_ text: String) throws -> [UInt8] {
        guard !text.isEmpty else { return [] }
        let writer = try XMLWriter()
        try writer.startElement(qualified: "r")
        try writer.text(XMLWriter.sanitized(text))
        try writer.endElement()
        let bytes = try writer.bytes()
        return Array(bytes.dropFirst(3).dropLast(4))
    }

    private func bufferBytes(_ text: String) -> [UInt8] {
        let buffer = XMLMarkupBuffer(capacity: 8)
        buffer.append(text: text)
        return buffer.bytes
    }

    @Test(arguments: samples)
    func textIsEscapedAsLibxml2EscapesIt(_ sample: String) throws {
        #expect(bufferBytes(sample) == (try libxml2Bytes(sample)))
    }

    @Test func randomTextIsEscapedAsLibxml2EscapesIt() throws {
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", " ", "_", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{8}", "\u{1F}",
            "\u{7F}",
            "\u{80}", "ệ", "Đ", "\u{300}", "\u{EFFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10000}", "🎉",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 58)
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                scalars.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let text = String(scalars)
            #expect(bufferBytes(text) == (try libxml2Bytes(text)), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [0, 7, -7, 10, 99, 100, 480, -1_000_000, Int.max, Int.min])
    func integersAreWrittenInDecimal(_ value: Int) {
        let buffer = XMLMarkupBuffer(capacity: 1)
        buffer.append(markup: "<v>")
        buffer.append(integer: value)
        buffer.append(markup: "</v>")
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "<v>\(value)</v>")
    }

    @Test func bufferGrowsAndEmptiesKeepingItsBytesInOrder() {
        let buffer = XMLMarkupBuffer(capacity: 64)
        var expected = ""
        for index in 0..<2_000 {
            buffer.append(markup: "<c>")
            buffer.append(text: "ô \(index) & ")
            buffer.append(markup: String(index))
            buffer.append(markup: "</c>")
            expected += "<c>ô \(index) &amp; \(index)</c>"
        }
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == expected)
        buffer.removeAll()
        #expect(buffer.isEmpty && buffer.count == 0)
        buffer.append(markup: "é")
        #expect(buffer.bytes == Array("é".utf8))
    }

    @Test func rawMarkupClosesTheStartTagAndKeepsTheWriterUsable() throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement(qualified: "sheetData")
        try writer.attribute(qualified: "n", integer: 2)
        let buffer = XMLMarkupBuffer()
        buffer.append(markup: "<row r=\"1\"><c><t>")
        buffer.append(text: "a < b")
        buffer.append(markup: "</t></c></row>")
        try writer.raw(buffer)
        try writer.raw(XMLMarkupBuffer())
        #expect(throws: LibXMLError.self) { try writer.attribute(qualified: "late", "x") }
        try writer.element(qualified: "end", text: "z")
        try writer.endElement()
        try writer.endDocument()
        let text = String(decoding: try writer.bytes(), as: UTF8.self)
        #expect(
            text.hasSuffix(
                "<sheetData n=\"2\"><row r=\"1\"><c><t>a &lt; b</t></c></row><end>z</end></sheetData>\n"))
    }

    @Test func emptyMarkupLeavesAnEmptyElementEmpty() throws {
        let writer = try XMLWriter()
        try writer.startElement(qualified: "sheetData")
        try writer.raw(XMLMarkupBuffer())
        try writer.endElement()
        #expect(String(decoding: try writer.bytes(), as: UTF8.self) == "<sheetData/>")
    }

    @Test func rawMarkupOutsideAnyElementIsRefused() throws {
        let writer = try XMLWriter()
        let buffer = XMLMarkupBuffer()
        buffer.append(markup: "<a/>")
        #expect(throws: LibXMLError.self) { try writer.raw(buffer) }
    }
}
