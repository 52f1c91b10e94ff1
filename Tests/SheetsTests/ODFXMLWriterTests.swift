import Foundation
import LibXML
import Testing

@testable import Sheets

/// The ODF serializer: byte-identical to libxml2's writer (through `LibXML.XMLWriter`) for the
/// same calls, characters XML forbids refused, numbers and dates formatted in place, chunking.
@Suite struct ODFXMLWriterTests {
    /// Text and attribute values with every character the writers escape or keep.
    static let samples = [
        "", "Hợp tác xã Nông nghiệp Tân Hòa", "A & B <c> \"trích dẫn\" 'x'", "Dòng 1\nDòng 2", "cột\tcuối",
        "cr\rlf\r\n", "]]> &amp; &#13;", "a  b ", " đầu", "🎉 Tết", "\u{FFFD}\u{FFFC}\u{E000}",
    ]

    /// One document through a writer: root with a namespace, an attribute and a text per
    /// sample, an empty element, nested elements closed by `endDocument`.
    private func document(with odf: ODFXMLWriter) throws {
        try odf.startDocument()
        try odf.start("t:root")
        try odf.attr("xmlns:t", "urn:test")
        for sample in Self.samples {
            try odf.start("t:cell")
            try odf.attr("t:value", sample)
            try odf.text(sample)
            try odf.end()
        }
        try odf.empty("t:empty", ["t:a": "1", "t:b": "<2>"])
        try odf.leaf("t:leaf", text: "")
        try odf.start("t:open")
        try odf.start("t:inner")
        try odf.text("x")
        try odf.endDocument()
    }

    private func libxml2Document() throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("root", prefix: "t", namespaceURI: "urn:test")
        for sample in Self.samples {
            try writer.startElement("cell", prefix: "t")
            try writer.attribute("value", sample, prefix: "t")
            try writer.text(sample)
            try writer.endElement()
        }
        try writer.startElement("empty", prefix: "t")
        try writer.attribute("a", "1", prefix: "t")
        try writer.attribute("b", "<2>", prefix: "t")
        try writer.endElement()
        try writer.element("leaf", text: "", prefix: "t")
        try writer.startElement("open", prefix: "t")
        try writer.startElement("inner", prefix: "t")
        try writer.text("x")
        try writer.endDocument()
        return try writer.bytes()
    }

    @Test func matchesLibxml2ByteForByte() throws {
        let fast = try ODFXMLWriter.bytes(fileName: "test.xml") { try document(with: $0) }
        let reference = try libxml2Document()
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
        #expect(fast == reference)
    }

    @Test func smallBuffersGiveTheSameBytesInBoundedChunks() throws {
        var chunks: [Int] = []
        var bytes: [UInt8] = []
        let writer = ODFXMLWriter(fileName: "test.xml", bufferSize: 64) { chunk in
            chunks.append(chunk.count)
            bytes.append(contentsOf: chunk)
        }
        try document(with: writer)
        try writer.close()
        #expect(bytes == (try ODFXMLWriter.bytes(fileName: "test.xml") { try document(with: $0) }))
        #expect(chunks.count > 5)
        #expect(chunks.allSatisfy { $0 > 0 && $0 <= 64 })
    }

    @Test func formatsIntegersAndDatesInPlace() throws {
        let integers = [0, 7, 10, -5, 120, Int.max, Int.min]
        let dates = [
            SheetDate(year: 2026, month: 12, day: 16), SheetDate(year: 33, month: 1, day: 2),
            SheetDate(year: 1999, month: 10, day: 31),
        ].compactMap { $0 }
        let bytes = try ODFXMLWriter.bytes(fileName: "test.xml") { writer in
            try writer.start("r")
            for value in integers {
                try writer.start("i")
                try writer.attr("v", integer: value)
                try writer.end()
            }
            for date in dates {
                try writer.start("d")
                try writer.attr("v", date: date)
                try writer.text(date: date)
                try writer.end()
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let expected =
            "<r>" + integers.map { "<i v=\"\($0)\"/>" }.joined()
            + dates.map { "<d v=\"\($0)\">\($0)</d>" }.joined() + "</r>\n"
        #expect(text == expected)
        #expect(text.contains("<d v=\"0033-01-02\">0033-01-02</d>"))
    }

    @Test(arguments: ["a\u{1}b", "\u{0}", "x\u{FFFE}", "\u{FFFF}", "bell\u{7}"])
    func refusesCharactersXMLForbids(_ value: String) throws {
        for inAttribute in [false, true] {
            let writer = ODFXMLWriter(fileName: "bad.xml") { _ in }
            try writer.start("t:cell")
            #expect(throws: SheetsError.self) {
                if inAttribute { try writer.attr("t:v", value) } else { try writer.text(value) }
            }
        }
    }

    @Test func refusesMisuse() throws {
        let writer = ODFXMLWriter(fileName: "misuse.xml") { _ in }
        #expect(throws: SheetsError.self) { try writer.end() }
        #expect(throws: SheetsError.self) { try writer.text("outside") }
        try writer.start("a")
        try writer.text("content")
        #expect(throws: SheetsError.self) { try writer.attr("late", "1") }
    }

    @Test func sinkErrorsPropagate() throws {
        struct Refused: Error {}
        let writer = ODFXMLWriter(fileName: "sink.xml", bufferSize: 64) { _ in throw Refused() }
        try writer.start("a")
        #expect(throws: Refused.self) {
            for _ in 0..<100 { try writer.text("more than sixty-four bytes in all") }
        }
    }
}
