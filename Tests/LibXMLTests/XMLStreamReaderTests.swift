import Foundation
import LibXML
import Testing

@Suite struct XMLStreamReaderTests {
    private struct PullFailure: Error, Equatable {}

    /// A flattened view of the nodes a reader returns, for comparing readers.
    private static func events(_ reader: XMLStreamReader) throws -> [String] {
        var events: [String] = []
        while try reader.read() {
            switch reader.nodeType {
            case .element:
                let attributes = reader.attributes.map { "\($0.qualifiedName)=\($0.value)" }.joined(
                    separator: ",")
                events.append(
                    "<\(reader.qualifiedName) \(reader.namespaceURI ?? "-") [\(attributes)] d\(reader.depth)")
            case .endElement:
                events.append("</\(reader.qualifiedName)>")
            case .text, .cdata:
                events.append("text:\(reader.value ?? "")")
            default:
                break
            }
        }
        return events
    }

    @Test func readsFromAChunkedPullSource() throws {
        let bytes = try SampleDocument.bytes(indent: true)
        var offset = 0
        var calls = 0
        let chunked = try XMLStreamReader(sourceName: "chunked.xml") { buffer in
            calls += 1
            let count = min(7, buffer.count, bytes.count - offset)
            buffer.copyBytes(from: bytes[offset..<offset + count])
            offset += count
            return count
        }
        let chunkedEvents = try Self.events(chunked)
        let whole = try Self.events(XMLStreamReader(data: bytes, sourceName: "whole.xml"))
        #expect(chunkedEvents == whole)
        #expect(calls > bytes.count / 7)
        #expect(whole.count == 10)
        #expect(
            whole.first?.hasPrefix("<v:venue urn:fairplan:test:venue [id=dong-tam,x:region=Thanh Hóa] d0")
                == true)
    }

    @Test func reportsNodeProperties() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <v:venue xmlns:v="urn:v" xmlns="urn:default" id="x">
              <room code="A1"/>
              <!-- comment -->
              <name>Đồng <b>Tâm</b><![CDATA[ & co]]></name>
            </v:venue>
            """
        let reader = try XMLStreamReader(data: Array(xml.utf8), sourceName: "props.xml")
        #expect(try reader.read())
        #expect(reader.nodeType == .element)
        #expect(reader.localName == "venue")
        #expect(reader.prefix == "v")
        #expect(reader.namespaceURI == "urn:v")
        #expect(reader.depth == 0)
        #expect(reader.lineNumber == 2)
        #expect(!reader.isEmptyElement)
        #expect(reader.attributes == [XMLAttribute(localName: "id", value: "x")])
        #expect(reader.attribute("id") == "x")
        #expect(reader.attribute("missing") == nil)
        var sawComment = false
        while try reader.read() {
            if reader.nodeType == .comment {
                sawComment = true
                #expect(reader.value == " comment ")
            }
            if reader.nodeType == .element, reader.localName == "room" {
                #expect(reader.isEmptyElement)
                #expect(reader.namespaceURI == "urn:default")
                #expect(reader.prefix == nil)
                #expect(reader.depth == 1)
                #expect(reader.lineNumber == 3)
            }
            if reader.nodeType == .element, reader.localName == "name" {
                #expect(reader.lineNumber == 5)
                #expect(try reader.readText() == "Đồng Tâm & co")
                #expect(reader.nodeType == .endElement)
                #expect(reader.localName == "name")
            }
        }
        #expect(sawComment)
        #expect(try reader.read() == false)
    }

    @Test func skipsSubtrees() throws {
        let xml = "<root><skip><a><b/></a>text</skip><keep>yes</keep><empty/><after/></root>"
        let reader = try XMLStreamReader(data: Array(xml.utf8), sourceName: "skip.xml")
        var seen: [String] = []
        while try reader.read() {
            guard reader.nodeType == .element else { continue }
            seen.append(reader.localName)
            if reader.localName == "skip" || reader.localName == "empty" {
                try reader.skipSubtree()
            }
        }
        #expect(seen == ["root", "skip", "keep", "empty", "after"])
    }

    @Test func readsAFile() throws {
        let reader = try XMLStreamReader(
            contentsOfFile: Fixtures.path("venue-valid.xml"), sourceName: "venue.xml")
        var codes: [String] = []
        while try reader.read() {
            if reader.nodeType == .element, reader.localName == "room", let code = reader.attribute("code") {
                codes.append(code)
            }
        }
        #expect(codes == ["A1", "A2"])
        #expect(reader.sourceName == "venue.xml")
    }

    @Test func missingFileThrowsIOError() {
        #expect {
            try XMLStreamReader(contentsOfFile: Fixtures.path("does-not-exist.xml"))
        } throws: { error in
            guard case LibXMLError.io(let path, _) = error else { return false }
            return path.hasSuffix("does-not-exist.xml")
        }
    }

    @Test func pullSourceErrorPropagatesUnchanged() throws {
        var calls = 0
        let reader = try XMLStreamReader(sourceName: "failing.xml") { buffer in
            calls += 1
            if calls > 3 { throw PullFailure() }
            let chunk = Array((calls == 1 ? "<a>" : "<b/>").utf8)
            buffer.copyBytes(from: chunk)
            return chunk.count
        }
        #expect(throws: PullFailure()) {
            while try reader.read() {}
        }
        #expect(throws: PullFailure()) { try reader.read() }
    }

    @Test func malformedInputReportsSourceLineAndColumn() throws {
        let xml = "<root>\n  <room code=\"A1\">\n  </rom>\n</root>"
        let reader = try XMLStreamReader(data: Array(xml.utf8), sourceName: "venue.xml")
        #expect {
            while try reader.read() {}
        } throws: { error in
            guard case LibXMLError.malformed(let source, let line, let column, let message) = error else {
                return false
            }
            return source == "venue.xml" && line == 3 && column > 0 && message.contains("room")
                && "\(error)".hasPrefix("venue.xml:3:")
        }
    }

    @Test func streamsLargeInputThroughSmallPulls() throws {
        let rowCount = 100_000
        var pending = Array("<rows>".utf8)
        var next = 0
        var largestRequest = 0
        var delivered = 0
        let reader = try XMLStreamReader(sourceName: "large.xml") { buffer in
            largestRequest = max(largestRequest, buffer.count)
            while pending.count < buffer.count, next <= rowCount {
                let piece = next < rowCount ? "<row n=\"\(next)\">Đồng Tâm \(next)</row>" : "</rows>"
                pending += Array(piece.utf8)
                next += 1
            }
            let count = min(buffer.count, pending.count)
            buffer.copyBytes(from: pending[0..<count])
            pending.removeFirst(count)
            delivered += count
            return count
        }
        var rows = 0
        var lastText = ""
        while try reader.read() {
            if reader.nodeType == .element, reader.localName == "row" {
                rows += 1
                lastText = try reader.readText()
            }
        }
        #expect(rows == rowCount)
        #expect(lastText == "Đồng Tâm \(rowCount - 1)")
        #expect(delivered > 3_000_000)
        #expect(largestRequest <= 64 * 1024)
    }
}
