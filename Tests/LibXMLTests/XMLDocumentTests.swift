import Foundation
import LibXML
import Testing

@Suite struct XMLDocumentTests {
    private static let venue = """
        <?xml version="1.0" encoding="UTF-8"?>
        <venue xmlns="urn:fairplan:test:venue" xmlns:x="urn:x" id="dong-tam" x:kind="school">
          <name>Hợp tác xã Nông nghiệp Đồng Tâm</name>
          <room code="A1" capacity="40"/>
          <room code="A2" capacity="25" x:floor="2">
            <note>Gần <b>cổng</b> chính</note>
          </room>
        </venue>
        """

    private static func document() throws -> XMLDocument {
        try XMLDocument(data: Array(venue.utf8), sourceName: "venue.xml")
    }

    @Test func exposesElements() throws {
        let document = try Self.document()
        let root = document.rootElement
        #expect(root.name == "venue")
        #expect(root.prefix == nil)
        #expect(root.namespaceURI == "urn:fairplan:test:venue")
        #expect(root.lineNumber == 2)
        #expect(root.parent == nil)
        #expect(root.attribute("id") == "dong-tam")
        #expect(root.attribute("kind") == nil)
        #expect(root.attribute("kind", namespaceURI: "urn:x") == "school")
        #expect(
            root.attributes == [
                XMLAttribute(localName: "id", value: "dong-tam"),
                XMLAttribute(localName: "kind", prefix: "x", namespaceURI: "urn:x", value: "school"),
            ]
        )
        #expect(root.children.map(\.name) == ["name", "room", "room"])
        let rooms = root.children(named: "room", namespaceURI: "urn:fairplan:test:venue")
        #expect(rooms.map(\.lineNumber) == [4, 5])
        #expect(rooms[1].parent == root)
        #expect(rooms[1].firstChild(named: "note")?.textContent == "Gần cổng chính")
        #expect(root.firstChild(named: "name")?.textContent == "Hợp tác xã Nông nghiệp Đồng Tâm")
        #expect(root.children(named: "room", namespaceURI: "urn:other").isEmpty)
        #expect(document.warnings.isEmpty)
        #expect(rooms[0].description == "<room> (venue.xml:4)")
    }

    @Test func elementsKeepTheDocumentAlive() throws {
        func firstRoom() throws -> XMLElement? {
            try Self.document().rootElement.firstChild(named: "room")
        }
        let room = try #require(try firstRoom())
        #expect(room.attribute("code") == "A1")
        #expect(room.parent?.name == "venue")
        #expect(room.document.sourceName == "venue.xml")
    }

    @Test func readsAFile() throws {
        let document = try XMLDocument(contentsOfFile: Fixtures.path("venue-valid.xml"))
        #expect(document.sourceName.hasSuffix("venue-valid.xml"))
        #expect(document.rootElement.children(named: "room").count == 2)
        let named = try XMLDocument(contentsOfFile: Fixtures.path("venue-valid.xml"), sourceName: "venue.xml")
        #expect(named.sourceName == "venue.xml")
    }

    @Test func missingFileThrowsIOError() {
        #expect(throws: LibXMLError.self) { try XMLDocument(contentsOfFile: Fixtures.path("missing.xml")) }
    }

    @Test func acceptsData() throws {
        let document = try XMLDocument(data: Data(Self.venue.utf8), sourceName: "venue.xml")
        #expect(document.rootElement.children.count == 3)
    }

    @Test func malformedInputReportsSourceLineAndColumn() {
        let xml = "<venue>\n  <room>\n</venue>"
        #expect {
            try XMLDocument(data: Array(xml.utf8), sourceName: "venue.xml")
        } throws: { error in
            guard case LibXMLError.malformed(let source, let line, let column, let message) = error else {
                return false
            }
            return source == "venue.xml" && line == 3 && column > 0 && message.contains("room")
        }
    }

    @Test func undeclaredPrefixIsAnError() {
        #expect(throws: LibXMLError.self) {
            try XMLDocument(data: Array("<a><p:b/></a>".utf8), sourceName: "ns.xml")
        }
    }

    @Test func textThatIsNotXMLIsMalformedNotEmpty() {
        #expect {
            try XMLDocument(data: Array("not xml".utf8), sourceName: "notes.txt")
        } throws: { error in
            guard case .malformed(let source, let line, _, _) = error as? LibXMLError else { return false }
            return source == "notes.txt" && line == 1
        }
        #expect(throws: LibXMLError.emptyInput(source: "blank.xml")) {
            try XMLDocument(data: Array("  \n ".utf8), sourceName: "blank.xml")
        }
    }
}
