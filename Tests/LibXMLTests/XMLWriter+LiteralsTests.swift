import LibXML
import Testing

/// The writer's fast path: literal names, numbers and days formatted in place; the same bytes
/// and the same checks as the general calls.
@Suite struct XMLWriterLiteralsTests {
    /// Values with every character the writer escapes or keeps.
    static let samples = [
        "", "Hợp tác xã Nông nghiệp Tân Hòa", "A & B <c> \"trích dẫn\" 'x'", "Dòng 1\nDòng 2", "cột\tcuối",
        "cr\rlf\r\n", "]]> &amp; &#13;", "a  b ", " đầu", "🎉 Tết", "\u{FFFD}\u{FFFC}\u{E000}\u{F000}",
    ]

    private func root(_ writer: XMLWriter) throws {
        try writer.startDocument()
        try writer.startElement("root", prefix: "t", namespaceURI: "urn:test")
    }

    @Test func literalNamesWriteTheSameBytesAsTheGeneralCalls() throws {
        let fast = try XMLWriter()
        try root(fast)
        for sample in Self.samples {
            try fast.startElement(qualified: "t:cell")
            try fast.attribute(qualified: "t:value", sample)
            try fast.attribute(qualified: "plain", sample)
            try fast.text(sample)
            try fast.endElement()
            try fast.element(qualified: "t:leaf", text: sample)
        }
        try fast.endDocument()

        let general = try XMLWriter()
        try root(general)
        for sample in Self.samples {
            try general.startElement("cell", prefix: "t")
            try general.attribute("value", sample, prefix: "t")
            try general.attribute("plain", sample)
            try general.text(sample)
            try general.endElement()
            try general.element("leaf", text: sample, prefix: "t")
        }
        try general.endDocument()
        let bytes = try fast.bytes()
        #expect(bytes == (try general.bytes()))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<t:root xmlns:t=\"urn:test\">"))
        #expect(text.contains("<t:leaf/>"))
        #expect(text.contains("t:value=\"Dòng 1&#10;Dòng 2\""))
        #expect(text.contains(">A &amp; B &lt;c&gt; &quot;trích dẫn&quot; 'x'</t:leaf>"))
    }

    @Test func formatsIntegersAndDaysInPlace() throws {
        let integers = [0, 7, 10, -5, 120, Int.max, Int.min]
        let days = [(2026, 12, 16), (33, 1, 2), (1999, 10, 31), (0, 1, 1), (9999, 12, 31)]
        let writer = try XMLWriter()
        try writer.startElement(qualified: "r")
        for value in integers {
            try writer.startElement(qualified: "i")
            try writer.attribute(qualified: "v", integer: value)
            try writer.text(integer: value)
            try writer.endElement()
        }
        for (year, month, day) in days {
            try writer.startElement(qualified: "d")
            try writer.attribute(qualified: "v", year: year, month: month, day: day)
            try writer.text(year: year, month: month, day: day)
            try writer.endElement()
        }
        try writer.endElement()
        let expected =
            "<r>" + integers.map { "<i v=\"\($0)\">\($0)</i>" }.joined()
            + "<d v=\"2026-12-16\">2026-12-16</d><d v=\"0033-01-02\">0033-01-02</d>"
            + "<d v=\"1999-10-31\">1999-10-31</d><d v=\"0000-01-01\">0000-01-01</d>"
            + "<d v=\"9999-12-31\">9999-12-31</d></r>"
        #expect(String(decoding: try writer.bytes(), as: UTF8.self) == expected)
    }

    @Test(arguments: [(10000, 1, 1), (-1, 1, 1), (2026, 13, 1), (2026, 0, 1), (2026, 1, 32), (2026, 1, 0)])
    func refusesDaysThatCannotBeWrittenYearMonthDay(_ fields: (Int, Int, Int)) throws {
        let writer = try XMLWriter()
        try writer.startElement(qualified: "d")
        #expect(throws: LibXMLError.self) {
            try writer.attribute(qualified: "v", year: fields.0, month: fields.1, day: fields.2)
        }
        #expect(throws: LibXMLError.self) { try writer.text(year: fields.0, month: fields.1, day: fields.2) }
        try writer.endElement()
        #expect(String(decoding: try writer.bytes(), as: UTF8.self) == "<d/>")
    }

    @Test func literalNamesAreChecked() throws {
        let writer = try XMLWriter()
        #expect(throws: LibXMLError.self) { try writer.startElement(qualified: "p:undeclared") }
        #expect(throws: LibXMLError.self) { try writer.startElement(qualified: "bad name") }
        #expect(throws: LibXMLError.self) { try writer.startElement(qualified: "a:b:c") }
        #expect(throws: LibXMLError.self) { try writer.startElement(qualified: ":a") }
        try writer.startElement(qualified: "top")
        try writer.startElement("scope", prefix: "p", namespaceURI: "urn:p")
        try writer.startElement(qualified: "p:inner")
        try writer.attribute(qualified: "p:k", "1")
        #expect(throws: LibXMLError.self) { try writer.attribute(qualified: "p:k", "2") }
        #expect(throws: LibXMLError.self) { try writer.attribute("k", "3", prefix: "p") }
        #expect(throws: LibXMLError.self) { try writer.attribute(qualified: "xmlns:q", "urn:q") }
        #expect(throws: LibXMLError.self) { try writer.attribute(qualified: "xmlns", "urn:q") }
        #expect(throws: LibXMLError.self) { try writer.attribute(qualified: "q:k", "1") }
        try writer.attribute(qualified: "xml:lang", "vi")
        try writer.endElement()
        try writer.endElement()
        // The binding ended with <p:scope>: the same literal is refused again.
        #expect(throws: LibXMLError.self) { try writer.startElement(qualified: "p:inner") }
        try writer.text(integer: 1)
        #expect(throws: LibXMLError.self) { try writer.attribute(qualified: "late", "x") }
        try writer.endElement()
        let text = String(decoding: try writer.bytes(), as: UTF8.self)
        #expect(
            text == "<top><p:scope xmlns:p=\"urn:p\"><p:inner p:k=\"1\" xml:lang=\"vi\"/></p:scope>1</top>")
    }

    @Test func refusesForbiddenCharactersWhereverTheyAre() throws {
        for offset in 0..<20 {
            for bad in ["\u{1}", "\u{0}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"] {
                let value = String(repeating: "a", count: offset) + bad + "bcdefgh"
                let writer = try XMLWriter()
                try writer.startElement(qualified: "cell")
                #expect(throws: LibXMLError.self, "\(offset)") { try writer.attribute(qualified: "v", value) }
                #expect(throws: LibXMLError.self, "\(offset)") { try writer.text(value) }
                #expect(throws: LibXMLError.self, "\(offset)") {
                    try writer.element(qualified: "p", text: value)
                }
                let allowed = String(repeating: "ệ", count: offset) + "\t\n\r\u{FFFD}\u{EFFF}\u{10FFFF}x"
                try writer.attribute(qualified: "ok", allowed)
                try writer.text(allowed)
                try writer.endElement()
                #expect(!(try writer.bytes()).isEmpty)
            }
        }
        let writer = try XMLWriter()
        try writer.startElement(qualified: "cell")
        #expect {
            try writer.text("Đồng\u{7}")
        } throws: { error in
            guard case LibXMLError.invalidContent(let element, let message) = error else { return false }
            return element == "cell" && message.contains("U+0007") && message.contains("offset 4")
        }
    }
}
