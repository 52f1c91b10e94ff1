import Foundation
import LibXML
import Testing

@Suite struct XMLWriterTests {
    private struct SinkFailure: Error, Equatable {
        let chunk: Int
    }

    @Test func roundTripThroughStreamReader() throws {
        let reader = try XMLStreamReader(data: try SampleDocument.bytes(), sourceName: "sample.xml")
        var elements: [String] = []
        var texts: [String: String] = [:]
        var labels: [String] = []
        while try reader.read() {
            guard reader.nodeType == .element else { continue }
            #expect(reader.namespaceURI == SampleDocument.venueNamespace)
            #expect(reader.prefix == "v")
            elements.append(reader.localName)
            switch reader.localName {
            case "venue":
                #expect(reader.attribute("id") == "dong-tam")
                let region = reader.attribute("region", namespaceURI: SampleDocument.extraNamespace)
                #expect(region.map { Array($0.utf8) } == Array(SampleDocument.region.utf8))
                #expect(reader.attributes.map(\.qualifiedName) == ["id", "x:region"])
            case "name", "note":
                let name = reader.localName
                texts[name] = try reader.readText()
            case "room":
                #expect(reader.isEmptyElement)
                if let label = reader.attribute("label") { labels.append(label) }
            default:
                break
            }
        }
        #expect(elements == ["venue", "name", "note", "room", "room"])
        #expect(texts["name"].map { Array($0.utf8) } == Array(SampleDocument.name.utf8))
        #expect(texts["note"].map { Array($0.utf8) } == Array(SampleDocument.note.utf8))
        #expect(labels.map { Array($0.utf8) } == [Array(SampleDocument.label.utf8)])
    }

    @Test func roundTripThroughDocument() throws {
        let document = try XMLDocument(data: try SampleDocument.bytes(indent: true), sourceName: "sample.xml")
        let root = document.rootElement
        #expect(root.qualifiedName == "v:venue")
        #expect(
            root.attribute("region", namespaceURI: SampleDocument.extraNamespace) == SampleDocument.region)
        let note = try #require(root.firstChild(named: "note", namespaceURI: SampleDocument.venueNamespace))
        #expect(Array(note.textContent.utf8) == Array(SampleDocument.note.utf8))
        #expect(note.attribute("lang", namespaceURI: "http://www.w3.org/XML/1998/namespace") == "vi")
        let rooms = root.children(named: "room")
        #expect(rooms.map { $0.attribute("code") } == ["A1", "A2"])
        #expect(
            rooms.first.flatMap { $0.attribute("label") }.map { Array($0.utf8) }
                == Array(SampleDocument.label.utf8))
    }

    @Test func writesUTF8AndEscapesMarkup() throws {
        let text = String(decoding: try SampleDocument.bytes(), as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        #expect(text.contains("<v:name>Hợp tác xã Nông nghiệp Đồng Tâm</v:name>"))
        #expect(text.contains("x:region=\"Thanh Hóa\""))
        #expect(text.contains("A &amp; B &lt; C &gt; D"))
        #expect(text.contains("label=\"Phòng &quot;lớn&quot; &amp; &lt;đẹp&gt;&#10;hai dòng&#9;tab\""))
    }

    @Test func declaresEachNamespaceOncePerScope() throws {
        let text = String(decoding: try SampleDocument.bytes(), as: UTF8.self)
        #expect(text.components(separatedBy: "xmlns:v=").count == 2)
        #expect(text.components(separatedBy: "xmlns:x=").count == 2)
        #expect(text.contains("<v:room code=\"A2\" capacity=\"25\"/>"))
    }

    @Test func indentsNestedElements() throws {
        let writer = try XMLWriter(indent: true, indentString: "    ")
        try writer.startDocument()
        try writer.startElement("a")
        try writer.startElement("b")
        try writer.element("c", text: "x")
        try writer.endElement()
        try writer.endElement()
        try writer.endDocument()
        let text = String(decoding: try writer.bytes(), as: UTF8.self)
        #expect(
            text
                == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n    <b>\n        <c>x</c>\n    </b>\n</a>\n"
        )
    }

    @Test func sinkReceivesOutputInChunksOfTheRequestedSize() throws {
        var chunks: [Int] = []
        var streamed: [UInt8] = []
        let writer = try XMLWriter(chunkSize: 4096) { chunk in
            chunks.append(chunk.count)
            streamed.append(contentsOf: chunk)
        }
        let memory = try XMLWriter()
        for target in [writer, memory] {
            try target.startDocument()
            try target.startElement("rows")
            for index in 0..<5_000 {
                try target.element("row", text: "Hàng số \(index) — Đồng Tâm")
            }
            try target.endElement()
            try target.endDocument()
        }
        let beforeClose = chunks.count
        try writer.close()
        #expect(beforeClose > 10)
        #expect(chunks.count == beforeClose + 1)
        #expect(chunks.dropLast().allSatisfy { $0 == 4096 })
        #expect((chunks.last ?? 0) > 0 && (chunks.last ?? 0) <= 4096)
        #expect(streamed == (try memory.bytes()))
    }

    @Test func sinkErrorPropagatesFromTheTriggeringCall() throws {
        var calls = 0
        let writer = try XMLWriter { _ in
            calls += 1
            if calls == 2 { throw SinkFailure(chunk: calls) }
        }
        try writer.startDocument()
        try writer.startElement("rows")
        #expect(throws: SinkFailure(chunk: 2)) {
            for index in 0..<100_000 {
                try writer.element("row", text: "\(index)")
            }
        }
        #expect(calls == 2)
        #expect(throws: SinkFailure(chunk: 2)) { try writer.element("row", text: "after") }
        #expect(throws: SinkFailure(chunk: 2)) { try writer.close() }
        try writer.close()
    }

    @Test func sinkErrorDuringCloseIsThrownByClose() throws {
        let writer = try XMLWriter { _ in throw SinkFailure(chunk: 1) }
        try writer.startDocument()
        try writer.element("small", text: "fits in libxml2's buffer")
        #expect(throws: SinkFailure(chunk: 1)) { try writer.close() }
    }

    @Test func fileIsRenamedIntoPlaceOnClose() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/venue.xml"
        let writer = try XMLWriter(path: path)
        try SampleDocument.write(to: writer)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try Fixtures.contents(of: folder).count == 1)
        try writer.close()
        #expect(try Fixtures.contents(of: folder) == ["venue.xml"])
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == (try SampleDocument.bytes()))
        try writer.close()
    }

    @Test func existingFileIsReplacedOnlyOnClose() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/venue.xml"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let writer = try XMLWriter(path: path)
        try SampleDocument.write(to: writer)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
        try writer.close()
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == (try SampleDocument.bytes()))
    }

    @Test func abandonedFileWriterLeavesNoFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let writer = try XMLWriter(path: folder + "/venue.xml")
            try SampleDocument.write(to: writer)
        }
        #expect(try Fixtures.contents(of: folder).isEmpty)
    }

    @Test func failedFileWriterLeavesNoFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = try XMLWriter(path: folder + "/venue.xml")
        try writer.startDocument()
        try writer.startElement("venue")
        #expect(throws: LibXMLError.self) { try writer.close() }
        #expect(try Fixtures.contents(of: folder).isEmpty)
    }

    @Test func fileWriterReportsMissingFolder() throws {
        #expect(throws: LibXMLError.self) { try XMLWriter(path: "/nonexistent-folder-fairplan/venue.xml") }
    }

    @Test func rejectsCharactersNotAllowedInXML() throws {
        let writer = try XMLWriter()
        try writer.startElement("cell", prefix: "table", namespaceURI: "urn:table")
        #expect {
            try writer.text("bad \u{1} value")
        } throws: { error in
            guard case LibXMLError.invalidContent(let element, let message) = error else { return false }
            return element == "table:cell" && message.contains("U+0001")
        }
        #expect(throws: LibXMLError.self) { try writer.attribute("note", "nul \u{0}") }
        #expect(throws: LibXMLError.self) { try writer.attribute("note", "\u{FFFE}") }
        try writer.text("still usable\tafter the error\r\n")
        try writer.endElement()
        #expect(!(try writer.bytes()).isEmpty)
    }

    @Test func sanitizedReplacesForbiddenCharacters() {
        #expect(XMLWriter.sanitized("a\u{0}b\u{8}c\td") == "a\u{FFFD}b\u{FFFD}c\td")
        #expect(XMLWriter.sanitized("Đồng Tâm", replacement: "?") == "Đồng Tâm")
        #expect(XMLWriter.sanitized("x\u{1F}", replacement: " ") == "x ")
    }

    @Test func rejectsMisuse() throws {
        let writer = try XMLWriter()
        #expect(throws: LibXMLError.self) { try writer.endElement() }
        #expect(throws: LibXMLError.self) { try writer.text("outside") }
        #expect(throws: LibXMLError.self) { try writer.startElement("bad name") }
        #expect(throws: LibXMLError.self) { try writer.startElement("a", prefix: "undeclared") }
        try writer.startElement("a")
        try writer.text("content")
        #expect(throws: LibXMLError.self) { try writer.attribute("late", "x") }
        try writer.startElement("b")
        try writer.attribute("k", "1")
        #expect(throws: LibXMLError.self) { try writer.attribute("k", "2") }
        #expect(throws: LibXMLError.self) { try writer.attribute("xmlns", "urn:x") }
        #expect(throws: LibXMLError.self) { try writer.attribute("n", "v", namespaceURI: "urn:no-prefix") }
        try writer.namespaceDeclaration(prefix: "p", uri: "urn:p")
        #expect(throws: LibXMLError.self) { try writer.namespaceDeclaration(prefix: "p", uri: "urn:other") }
        #expect(throws: LibXMLError.self) { try writer.comment("a -- b") }
        #expect(throws: LibXMLError.self) {
            try writer.attribute("lang", "vi", prefix: "xml", namespaceURI: "urn:x")
        }
        try writer.endElement()
        try writer.endElement()
        #expect(throws: LibXMLError.self) { try writer.startDocument() }
        try writer.close()
        #expect(throws: LibXMLError.self) { try writer.startElement("after") }
        #expect(throws: LibXMLError.self) { try XMLWriter { _ in }.bytes() }
    }

    @Test func writesCDATAAndComments() throws {
        let writer = try XMLWriter()
        try writer.startDocument(standalone: true)
        try writer.comment(" Đồng Tâm ")
        try writer.startElement("script")
        try writer.cdata("if a < b && c ]]> d")
        try writer.endElement()
        try writer.endDocument()
        let bytes = try writer.bytes()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("standalone=\"yes\""))
        #expect(text.contains("<!-- Đồng Tâm -->"))
        let document = try XMLDocument(data: bytes, sourceName: "cdata.xml")
        #expect(document.rootElement.textContent == "if a < b && c ]]> d")
    }

    @Test func dataMatchesBytes() throws {
        let writer = try XMLWriter()
        try writer.element("a", text: "b")
        let data = try writer.data()
        #expect(Array(data) == Array("<a>b</a>".utf8))
        #expect(try writer.bytes() == Array("<a>b</a>".utf8))
    }
}
